/** The reporting read model: figures kept per store, advisor and day as events arrive. */
@NullMarked
package com.dealercsi.reporting.internal;

import org.jspecify.annotations.NullMarked;
