package com.dealercsi.survey;

import com.dealercsi.shared.Factor;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An owner submitted the questionnaire; carries everything scoring and alerting need. */
public record SurveyAnswered(
        UUID responseId,
        UUID visitId,
        UUID storeId,
        int questionnaireVersion,
        List<Rating> ratings,
        Map<Factor, Integer> weights,
        int overall,
        int nps,
        @Nullable String comment,
        boolean contactConsent,
        Instant submittedAt) {}
