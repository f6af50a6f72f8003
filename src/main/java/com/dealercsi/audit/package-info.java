/** The audit trail: an append-only, hash-chained record of who did what, when, in which store. */
@NullMarked
package com.dealercsi.audit;

import org.jspecify.annotations.NullMarked;
