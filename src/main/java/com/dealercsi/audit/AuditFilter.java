package com.dealercsi.audit;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What the audit page searches for; a null or blank field does not filter.
 *
 * @param who part of the actor's login (e-mail) or name, ignoring case
 * @param from entries at or after this instant
 * @param to entries before this instant
 */
public record AuditFilter(
        @Nullable String who,
        @Nullable AuditAction action,
        @Nullable Instant from,
        @Nullable Instant to,
        @Nullable UUID storeId) {

    public static final AuditFilter ALL = new AuditFilter(null, null, null, null, null);
}
