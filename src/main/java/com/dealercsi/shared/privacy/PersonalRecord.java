package com.dealercsi.shared.privacy;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One thing a feature holds about an owner (a visit, an invitation, an answer, a case note, a mail), for the owner
 * search and the access file.
 *
 * @param kind message key of what it is, e.g. {@code privacy.record.answer}
 * @param fields message key of each field → its value as stored, in the order shown
 */
public record PersonalRecord(
        String kind, UUID visitId, UUID storeId, @Nullable Instant at, Map<String, String> fields) {}
