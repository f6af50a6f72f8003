package com.dealercsi.shared.digest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * Who a digest is for and which week it covers.
 *
 * @param userId the member of staff receiving it
 * @param storeIds the stores they may see (every store for administrators and group managers)
 * @param locale their language; sections word their text in it
 * @param weekStart start of the week covered (Monday 00:00 store time), inclusive
 * @param weekEnd end of the week covered, exclusive; also "now" for what is overdue or due soon
 * @param monday the Monday that starts the covered week, in store time, for headings
 */
public record DigestReader(
        UUID userId, Set<UUID> storeIds, Locale locale, Instant weekStart, Instant weekEnd, LocalDate monday) {

    public DigestReader {
        storeIds = Set.copyOf(storeIds);
    }
}
