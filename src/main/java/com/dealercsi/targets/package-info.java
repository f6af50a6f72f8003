/** Targets a store or the whole group sets itself per year and month, and whether a figure is on track. */
@NullMarked
package com.dealercsi.targets;

import org.jspecify.annotations.NullMarked;
