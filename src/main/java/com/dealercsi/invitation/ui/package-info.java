/** Invitation lists, the pick-up sheet, store mail texts and the one unsubscribe page for every owner mail. */
@NullMarked
package com.dealercsi.invitation.ui;

import org.jspecify.annotations.NullMarked;
