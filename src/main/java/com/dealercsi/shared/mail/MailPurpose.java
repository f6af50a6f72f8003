package com.dealercsi.shared.mail;

import java.util.Locale;

/**
 * Why a mail goes out: the {@code kind} tag of the {@code csi.mails.*} counters. A closed list rather than free
 * text, so the metrics stay a handful of series and every counter exists at zero from the start: Prometheus's
 * {@code increase()} does not count the first failure of a series that appears only with it.
 */
public enum MailPurpose {
    INVITATION,
    REMINDER,
    /** A sample of the store's invitation texts, sent to the member of staff editing them. */
    TEXT_SAMPLE,
    ALERT,
    ESCALATION,
    /** An action plan's owner told that it is due tomorrow or overdue. */
    PLAN_REMINDER,
    FOLLOW_UP,
    FOLLOW_UP_UNHAPPY,
    /** The Monday digest to a manager. */
    DIGEST;

    String tag() {
        return name().toLowerCase(Locale.ROOT);
    }
}
