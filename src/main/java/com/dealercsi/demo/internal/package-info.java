/** The demo's own part of an erasure: its mail catcher's mails to or about the owner. */
@NullMarked
package com.dealercsi.demo.internal;

import org.jspecify.annotations.NullMarked;
