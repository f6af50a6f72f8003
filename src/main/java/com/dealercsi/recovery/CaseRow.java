package com.dealercsi.recovery;

import com.dealercsi.alerting.AlertLevel;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One case in the list. {@code late} is overdue or escalated: the list shows it red. */
public record CaseRow(UUID id, String storeName, ZoneId storeZone, AlertLevel level, CaseStatus status,
        String carOwner, String plate, String advisorName, @Nullable String caseOwner, Instant openedAt,
        Instant closeDue, boolean overdue, boolean escalated) {

    public boolean late() {
        return overdue || escalated;
    }
}
