/** Administrators' pages for stores and staff accounts. */
@NullMarked
package com.dealercsi.admin.ui;

import org.jspecify.annotations.NullMarked;
