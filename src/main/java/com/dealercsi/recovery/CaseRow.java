package com.dealercsi.recovery;

import com.dealercsi.alerting.AlertLevel;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One case in the list. {@code late} is overdue or escalated: the list shows it red. {@code followUpAnswer} is
 * what the owner answered to the follow-up survey, if they have.
 */
public record CaseRow(
        UUID id,
        String storeName,
        ZoneId storeZone,
        AlertLevel level,
        CaseStatus status,
        String carOwner,
        String plate,
        String advisorName,
        @Nullable String caseOwner,
        Instant openedAt,
        Instant closeDue,
        boolean overdue,
        boolean escalated,
        @Nullable MadeRight followUpAnswer) {

    public boolean late() {
        return overdue || escalated;
    }
}
