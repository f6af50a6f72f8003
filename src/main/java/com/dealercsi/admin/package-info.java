/** Stores, their staff and roles: who works where, who receives alerts, which API key belongs to which store. */
@NullMarked
package com.dealercsi.admin;

import org.jspecify.annotations.NullMarked;
