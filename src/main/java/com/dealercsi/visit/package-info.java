/** Delivered repair orders (工单) coming in from the DMS API or the back-office form. */
@NullMarked
package com.dealercsi.visit;

import org.jspecify.annotations.NullMarked;
