package com.dealercsi.recovery;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A case's follow-up survey as the case page shows it. */
public record FollowUpSurvey(
        FollowUpStatus status,
        Instant dueAt,
        @Nullable Instant sentAt,
        @Nullable Instant expiresAt,
        @Nullable Instant cancelledAt,
        @Nullable FollowUpCancelReason cancelReason,
        @Nullable Instant answeredAt,
        @Nullable FollowUpAnswer answer) {}
