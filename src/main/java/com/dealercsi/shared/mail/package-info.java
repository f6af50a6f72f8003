/** Mails out of the app: templates, the SMTP sender and its counters, and staff notifications sent once. */
@NullMarked
package com.dealercsi.shared.mail;

import org.jspecify.annotations.NullMarked;
