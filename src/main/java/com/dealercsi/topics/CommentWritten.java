package com.dealercsi.topics;

import com.dealercsi.shared.Language;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An owner wrote a comment somewhere other than the survey (whose comment arrives with {@code ResponseScored}).
 * Published by the feature that took it, through the outbox; this module tags it later, so the owner never waits
 * for the tagger. The type lives here so that a feature which also reads topics (the causes of cases) does not make
 * the two depend on each other.
 *
 * @param visitId the visit the comment is about: an owner's erasure finds the stored event by it and blanks the
 *     comment in the outbox (ADR 0050), so the field must keep this name
 */
public record CommentWritten(
        CommentSource source,
        UUID sourceId,
        UUID visitId,
        UUID storeId,
        @Nullable Language language,
        String comment,
        Instant writtenAt) {}
