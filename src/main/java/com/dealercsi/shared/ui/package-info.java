/** The application shell every view lives in: layout, side menu, language switch, built-in component texts. */
@NullMarked
package com.dealercsi.shared.ui;

import org.jspecify.annotations.NullMarked;
