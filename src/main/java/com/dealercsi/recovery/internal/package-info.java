/** Cases, revisit calls and follow-ups as stored, and the timers that escalate them. */
@NullMarked
package com.dealercsi.recovery.internal;

import org.jspecify.annotations.NullMarked;
