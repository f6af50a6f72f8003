/** The outbox around module events: retrying incomplete publications and watching their backlog. */
@NullMarked
package com.dealercsi.shared.events;

import org.jspecify.annotations.NullMarked;
