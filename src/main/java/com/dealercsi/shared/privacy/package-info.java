/** How features take part in an owner's rights under PIPL: each one finds and erases what it holds itself (ADR 0050). */
@NullMarked
package com.dealercsi.shared.privacy;

import org.jspecify.annotations.NullMarked;
