/** One personal survey link per delivered visit, mailed at the right time through the outbox. */
@NullMarked
package com.dealercsi.invitation;

import org.jspecify.annotations.NullMarked;
