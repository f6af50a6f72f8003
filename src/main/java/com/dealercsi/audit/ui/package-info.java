/** The page that searches the audit trail and exports what it finds. */
@NullMarked
package com.dealercsi.audit.ui;

import org.jspecify.annotations.NullMarked;
