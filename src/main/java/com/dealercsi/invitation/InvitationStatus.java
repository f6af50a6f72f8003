package com.dealercsi.invitation;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An invitation as staff and the DMS see it: its state, why it was skipped or undeliverable, and its times.
 *
 * @param dueAt when the mail goes (or went) out; for a skipped one, when it was decided
 * @param failure what the mail server answered, for an undeliverable one
 */
public record InvitationStatus(
        UUID invitationId,
        UUID visitId,
        UUID storeId,
        InvitationState state,
        @Nullable SkipReason skipReason,
        Instant dueAt,
        @Nullable Instant sentAt,
        @Nullable Instant reminderDueAt,
        @Nullable Instant remindedAt,
        @Nullable Instant expiresAt,
        @Nullable Instant answeredAt,
        @Nullable Instant closedAt,
        @Nullable String failure) {}
