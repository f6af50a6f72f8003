package com.dealercsi.audit;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One audit entry as the page shows it. {@code actorRoles} are role names, comma-separated. */
public record AuditRow(
        long seq,
        Instant at,
        String actor,
        String actorRoles,
        AuditAction action,
        @Nullable UUID storeId,
        @Nullable String storeName,
        String subject,
        Map<String, String> details) {}
