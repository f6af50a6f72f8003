/** The screen where administrators add their own words to the dealer dictionary of the topic tagger. */
@NullMarked
package com.dealercsi.topics.ui;

import org.jspecify.annotations.NullMarked;
