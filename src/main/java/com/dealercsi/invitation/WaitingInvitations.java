package com.dealercsi.invitation;

import java.time.Instant;
import java.util.UUID;

/**
 * A store's invitations that have not gone out yet: how many, when the next one goes, and what it waits for. Counts
 * only, no owner's data, so a page without a log-in (the demo's Mailbox) can say why no mail has come yet.
 *
 * @param count how many wait for this reason
 * @param until when the first of them goes out
 * @param policy the store's rules, to say what the quiet hours or the delay are
 */
public record WaitingInvitations(UUID storeId, long count, Instant until, Reason reason, InvitationPolicy policy) {

    public enum Reason {
        /** Due in the store's quiet hours: they go out when the quiet hours end. */
        QUIET_HOURS,
        /** Waiting for the store's delay after the car was handed back. */
        DELAY,
        /** Due and in the outbox: they go out with the next attempt, within seconds unless the mail server fails. */
        SENDING,
        /**
         * Due at a time set under the store's earlier rules, which neither its quiet hours nor its delay explain
         * now (e.g. a demo data folder from a version with quiet hours): they go out then.
         */
        EARLIER_RULES
    }
}
