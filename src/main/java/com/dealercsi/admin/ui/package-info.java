/** Administrators' pages for stores, staff accounts and privacy notices, and the owners' page that shows a notice. */
@NullMarked
package com.dealercsi.admin.ui;

import org.jspecify.annotations.NullMarked;
