package com.dealercsi.alerting.internal;

import com.dealercsi.alerting.AlertLevel;
import com.dealercsi.alerting.FiredRule;
import com.dealercsi.shared.Factor;
import com.dealercsi.shared.Language;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One alert mail to one recipient. Each recipient is its own outbox entry, so a failure for one address
 * retries that address only and the others are not mailed twice.
 *
 * @param storeAverages the store's factor averages before this answer; null in entries queued before they existed
 * @param submittedAt when the owner submitted the answer, for the alert latency; null in entries queued before it
 *        was carried
 */
public record AlertMailDue(
        UUID alertId,
        UUID responseId,
        UUID visitId,
        UUID storeId,
        AlertLevel level,
        List<FiredRule> rules,
        @Nullable Double csi,
        Map<Factor, Double> factorScores,
        @Nullable Map<Factor, Double> storeAverages,
        int overall,
        int nps,
        @Nullable String comment,
        String recipientEmail,
        Language recipientLanguage,
        @Nullable Instant submittedAt) {}
