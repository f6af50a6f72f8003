/** The owner search page: find an owner, hand them their data, erase it on request. */
@NullMarked
package com.dealercsi.privacy.ui;

import org.jspecify.annotations.NullMarked;
