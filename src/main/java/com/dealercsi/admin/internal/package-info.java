/** Stores, staff accounts and logos as stored. */
@NullMarked
package com.dealercsi.admin.internal;

import org.jspecify.annotations.NullMarked;
