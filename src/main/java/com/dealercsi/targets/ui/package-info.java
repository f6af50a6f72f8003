/** The screen where administrators and store managers set their targets, phone first. */
@NullMarked
package com.dealercsi.targets.ui;

import org.jspecify.annotations.NullMarked;
