/** The demo's Mailbox page, showing what the mail catcher received. */
@NullMarked
package com.dealercsi.demo.ui;

import org.jspecify.annotations.NullMarked;
