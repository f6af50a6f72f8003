/** How features add their part to each manager's weekly digest mail without the digest knowing them (issue 14). */
@NullMarked
package com.dealercsi.shared.digest;

import org.jspecify.annotations.NullMarked;
