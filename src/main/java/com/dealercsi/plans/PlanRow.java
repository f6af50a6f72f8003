package com.dealercsi.plans;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

/** A plan as the list and the dashboard show it. */
public record PlanRow(
        UUID id,
        UUID storeId,
        String storeName,
        ZoneId storeZone,
        PlanSubject subject,
        PlanStatus status,
        String ownerName,
        LocalDate dueDate,
        boolean overdue) {}
