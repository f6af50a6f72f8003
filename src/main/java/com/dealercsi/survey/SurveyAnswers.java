package com.dealercsi.survey;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the owner entered. {@code ratings} maps item ids to 1–10, or to {@link #NOT_APPLICABLE}.
 */
public record SurveyAnswers(
        Map<String, Integer> ratings,
        @Nullable Integer overall,
        @Nullable Integer nps,
        @Nullable String comment,
        @Nullable Boolean contactConsent) {

    public static final int NOT_APPLICABLE = -1;
    public static final int MAX_COMMENT_LENGTH = 1000;

    public SurveyAnswers {
        ratings = Map.copyOf(ratings);
    }
}
