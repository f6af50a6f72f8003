/** What managers read: answers with their scores and alerts, newest first, limited to their stores. */
@NullMarked
package com.dealercsi.reporting;

import org.jspecify.annotations.NullMarked;
