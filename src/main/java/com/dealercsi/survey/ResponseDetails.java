package com.dealercsi.survey;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A stored answer as the back office shows it; {@code takenBy} is the member of staff who took it on the phone,
 * {@code null} for the owner's own answer.
 */
public record ResponseDetails(
        UUID id,
        UUID visitId,
        UUID storeId,
        int questionnaireVersion,
        List<Rating> ratings,
        int overall,
        int nps,
        @Nullable String comment,
        boolean contactConsent,
        Instant submittedAt,
        Channel channel,
        @Nullable String takenBy) {

    /** How the answer came in: the owner's link, or staff on a revisit call. */
    public enum Channel {
        WEB,
        PHONE
    }
}
