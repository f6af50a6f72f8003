/** The dashboard, the answer list and an answer in full, composed of small panels. */
@NullMarked
package com.dealercsi.reporting.ui;

import org.jspecify.annotations.NullMarked;
