/** Evaluating scored answers against a store's rules, and the mails and webhooks that follow. */
@NullMarked
package com.dealercsi.alerting.internal;

import org.jspecify.annotations.NullMarked;
