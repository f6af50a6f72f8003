/** Guards in front of owners' personal links: the failed-lookup limiter and the link filter. */
@NullMarked
package com.dealercsi.shared.web;

import org.jspecify.annotations.NullMarked;
