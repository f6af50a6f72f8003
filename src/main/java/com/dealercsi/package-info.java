/** Dealer CSI: after-sales satisfaction surveys, alerts and service recovery for car dealerships. */
@NullMarked
package com.dealercsi;

import org.jspecify.annotations.NullMarked;
