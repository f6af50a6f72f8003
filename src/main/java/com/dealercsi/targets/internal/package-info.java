/** How targets are stored and which one applies to a store in a month. */
@NullMarked
package com.dealercsi.targets.internal;

import org.jspecify.annotations.NullMarked;
