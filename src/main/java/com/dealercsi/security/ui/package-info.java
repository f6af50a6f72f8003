/** Log-in, password and account pages. */
@NullMarked
package com.dealercsi.security.ui;

import org.jspecify.annotations.NullMarked;
