/** Decides whether an answer needs attention and tells the store's managers within seconds. */
@NullMarked
package com.dealercsi.alerting;

import org.jspecify.annotations.NullMarked;
