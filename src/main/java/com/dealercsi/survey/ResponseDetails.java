package com.dealercsi.survey;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A stored answer as the back office shows it. */
public record ResponseDetails(UUID id, UUID visitId, UUID storeId, int questionnaireVersion, List<Rating> ratings,
        int overall, int nps, @Nullable String comment, boolean contactConsent, Instant submittedAt) {
}
