package com.dealercsi.invitation;

/** Where an invitation is in its life. */
public enum InvitationState {
    /** Waiting for the store's delay after delivery. */
    SCHEDULED,
    /** Due; its mail is in the outbox. */
    QUEUED,
    SENT,
    ANSWERED
}
