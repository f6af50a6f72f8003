/**
 * Action plans: what a store does about a weak factor, item, topic or cause, who does it by when, and whether the
 * factor's CSI moved since (issue 14, ADR 0060).
 */
@NullMarked
package com.dealercsi.plans;

import org.jspecify.annotations.NullMarked;
