package com.dealercsi.reporting;

import com.dealercsi.alerting.AlertLevel;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One line of the response list. */
public record ResponseRow(
        UUID responseId,
        Instant submittedAt,
        ZoneId storeZone,
        String storeName,
        String ownerName,
        String plate,
        String advisor,
        @Nullable Double csi,
        int overall,
        int nps,
        @Nullable AlertLevel alertLevel,
        @Nullable String comment) {}
