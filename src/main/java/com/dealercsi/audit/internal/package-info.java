/** The trail's table and hash chain, the sign-in listener and the retention job. */
@NullMarked
package com.dealercsi.audit.internal;

import org.jspecify.annotations.NullMarked;
