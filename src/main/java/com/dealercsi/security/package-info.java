/** Who may do what: staff log-in for the back office, API keys for the DMS, anonymous survey pages. */
@NullMarked
package com.dealercsi.security;

import org.jspecify.annotations.NullMarked;
