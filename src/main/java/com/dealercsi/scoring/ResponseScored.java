package com.dealercsi.scoring;

import com.dealercsi.shared.Factor;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An answer has its scores; alerting decides from this whether anyone must act. */
public record ResponseScored(
        UUID responseId,
        UUID visitId,
        UUID storeId,
        @Nullable Double csi,
        Map<Factor, Double> factorScores,
        int overall,
        int nps,
        @Nullable String comment,
        boolean contactConsent,
        Instant submittedAt) {}
