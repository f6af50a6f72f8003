package com.dealercsi.digest.internal;

import com.dealercsi.shared.digest.DigestBlock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One member of staff's digest of one week, with what its sections said at the moment it was claimed, queued in
 * the transaction that claimed the week for them; the outbox hands it to {@link DigestMailer} at least once, and
 * the mail's own key keeps it to one mail. A retry after an SMTP outage sends the same words, not figures that have
 * moved on since Monday morning.
 *
 * @param weekMonday the Monday that starts the week covered
 * @param sections what the sections said, in order; never empty (an empty week queues no mail)
 */
public record DigestDue(UUID staffId, LocalDate weekMonday, List<DigestBlock> sections) {

    public DigestDue {
        sections = List.copyOf(sections);
    }
}
