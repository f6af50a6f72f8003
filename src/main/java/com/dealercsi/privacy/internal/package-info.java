/** How an owner's records are gathered from every feature and written into an access file. */
@NullMarked
package com.dealercsi.privacy.internal;

import org.jspecify.annotations.NullMarked;
