package com.dealercsi.recovery;

import org.jspecify.annotations.Nullable;

/**
 * What the owner answered on the follow-up survey. Satisfaction uses the survey's 1–10 scale of overall
 * satisfaction (OS), so the store can set it beside the owner's first answer.
 */
public record FollowUpAnswer(
        MadeRight madeRight, int satisfaction, @Nullable String comment) {

    public static final int MIN = 1;
    public static final int MAX = 10;
    public static final int MAX_COMMENT_LENGTH = 2000;

    public FollowUpAnswer {
        if (satisfaction < MIN || satisfaction > MAX) {
            throw new IllegalArgumentException("Satisfaction is rated " + MIN + "–" + MAX + ": " + satisfaction);
        }
        comment = comment == null || comment.isBlank() ? null : comment.strip();
        if (comment != null && comment.length() > MAX_COMMENT_LENGTH) {
            throw new IllegalArgumentException("A comment has at most " + MAX_COMMENT_LENGTH + " characters");
        }
    }
}
