/** Invitations as stored, their timing and the mails that carry them. */
@NullMarked
package com.dealercsi.invitation.internal;

import org.jspecify.annotations.NullMarked;
