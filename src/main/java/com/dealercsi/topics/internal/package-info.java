/** The tagger's inside: normalising, segmenting, matching the dealer dictionary and weighing sentiment. */
@NullMarked
package com.dealercsi.topics.internal;

import org.jspecify.annotations.NullMarked;
