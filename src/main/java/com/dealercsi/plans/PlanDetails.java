package com.dealercsi.plans;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A plan in full for its page: the form's fields, where it stands, its history, its before/after and what the
 * viewer may do with it now.
 */
public record PlanDetails(
        PlanRow row,
        String problem,
        String measures,
        UUID ownerStaffId,
        Instant openedAt,
        String openedBy,
        @Nullable Instant startedAt,
        @Nullable Instant finishedAt,
        @Nullable String resultNote,
        List<PlanChange> history,
        BeforeAfter beforeAfter,
        Set<PlanAction> allowed) {

    public UUID id() {
        return row.id();
    }

    public PlanStatus status() {
        return row.status();
    }

    public LocalDate dueDate() {
        return row.dueDate();
    }

    public ZoneId zone() {
        return row.storeZone();
    }
}
