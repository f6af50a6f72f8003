/** Erasure of one owner and the retention job: both run every feature's eraser over a set of visits (ADR 0050). */
@NullMarked
package com.dealercsi.privacy.internal;

import org.jspecify.annotations.NullMarked;
