/** Tags an owner's comment, in Chinese or English, with the topics it speaks of and the sentiment it shows. */
@NullMarked
package com.dealercsi.topics;

import org.jspecify.annotations.NullMarked;
