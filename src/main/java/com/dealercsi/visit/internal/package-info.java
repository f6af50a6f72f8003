/** Delivered visits as stored, and the DMS API that receives them. */
@NullMarked
package com.dealercsi.visit.internal;

import org.jspecify.annotations.NullMarked;
