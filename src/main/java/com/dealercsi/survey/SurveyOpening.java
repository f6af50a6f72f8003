package com.dealercsi.survey;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What opening a survey link leads to. Unknown links learn nothing about real ones. */
public sealed interface SurveyOpening {

    /** The link can be answered; {@code greeting} holds what the page says about the visit. */
    record Ready(UUID invitationId, Questionnaire questionnaire, Greeting greeting, SavedProgress progress)
            implements SurveyOpening {}

    record AlreadyAnswered(Greeting greeting) implements SurveyOpening {}

    record Expired(Greeting greeting) implements SurveyOpening {}

    record NotFound() implements SurveyOpening {}

    /** The visit as the owner remembers it; {@code storeId} points the page to the store's privacy notice. */
    record Greeting(
            com.dealercsi.shared.Language language,
            String ownerName,
            String storeName,
            @Nullable String storePhone,
            @Nullable String storeLogoUrl,
            String model,
            String serviceTypeKey,
            Instant deliveredAt,
            java.time.ZoneId storeZone,
            UUID storeId) {}
}
