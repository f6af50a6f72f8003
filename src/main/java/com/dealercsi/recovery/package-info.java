/** Service recovery: every red or amber alert becomes a case that is owned, worked in five steps and closed. */
@NullMarked
package com.dealercsi.recovery;

import org.jspecify.annotations.NullMarked;
