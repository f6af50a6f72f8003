/** When the digest is due, who gets it, the weekly claim that keeps it to one mail, and the mail itself. */
@NullMarked
package com.dealercsi.digest.internal;

import org.jspecify.annotations.NullMarked;
