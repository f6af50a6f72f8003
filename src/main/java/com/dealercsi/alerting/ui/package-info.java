/** The alert rules page of a store. */
@NullMarked
package com.dealercsi.alerting.ui;

import org.jspecify.annotations.NullMarked;
