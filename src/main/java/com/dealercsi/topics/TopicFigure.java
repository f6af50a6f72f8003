package com.dealercsi.topics;

import org.jspecify.annotations.Nullable;

/**
 * One topic on the dashboard: how often comments of the period mention it, against the period before, how many of
 * those mentions are negative, and the mean CSI of the answers that mention it.
 *
 * @param csi mean CSI of the mentioning answers that have one (follow-up comments have none), or null
 */
public record TopicFigure(
        Topic topic,
        long mentions,
        long previousMentions,
        long negative,
        @Nullable Double csi) {

    /** Share of the mentions that are negative, 0–100, or null without mentions. */
    public @Nullable Double negativeShare() {
        return mentions == 0 ? null : 100.0 * negative / mentions;
    }

    /** Mentions now minus mentions in the period before. */
    public long change() {
        return mentions - previousMentions;
    }
}
