package com.dealercsi.invitation;

/** Where an invitation is in its life. */
public enum InvitationState {
    /** Waiting for the store's delay after delivery, or for the end of the quiet hours. */
    SCHEDULED,
    /** Due; its mail is in the outbox. */
    QUEUED,
    SENT,
    /** Sent, unanswered, and reminded once. */
    REMINDED,
    ANSWERED,
    /** The link's validity ran out unanswered. */
    EXPIRED,
    /** No mail, for the recorded {@link SkipReason}. */
    SKIPPED,
    /** The mail server refused the address for good; no more attempts. */
    UNDELIVERABLE;

    public String messageKey() {
        return "invitation.state." + name();
    }
}
