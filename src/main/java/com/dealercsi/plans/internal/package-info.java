/** The plan entity and its history, the overdue reminder job and mail, and the digest's plan section. */
@NullMarked
package com.dealercsi.plans.internal;

import org.jspecify.annotations.NullMarked;
