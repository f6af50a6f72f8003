package com.dealercsi.digest.internal;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One member of staff's digest of one week, queued in the transaction that claimed the week for them; the outbox
 * hands it to {@link DigestMailer} at least once, and the mail's own key keeps it to one mail.
 *
 * @param weekMonday the Monday that starts the week covered
 */
public record DigestDue(UUID staffId, LocalDate weekMonday) {}
