/** An owner's rights under PIPL: find an owner, give them their data, erase it on request or after retention. */
@NullMarked
package com.dealercsi.privacy;

import org.jspecify.annotations.NullMarked;
