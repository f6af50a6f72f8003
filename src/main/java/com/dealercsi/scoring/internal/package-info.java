/** Scoring an answer as soon as it is stored. */
@NullMarked
package com.dealercsi.scoring.internal;

import org.jspecify.annotations.NullMarked;
