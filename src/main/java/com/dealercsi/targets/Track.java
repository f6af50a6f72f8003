package com.dealercsi.targets;

import org.jspecify.annotations.Nullable;

/** Where a figure stands against its target; shown as an icon and a word, never by colour alone. */
public enum Track {
    ON_TRACK,
    OFF_TRACK,
    /** No target applies to the period. */
    NO_TARGET,
    /** A target applies but there is nothing to compute the figure from yet. */
    NO_FIGURE;

    /**
     * On track when the figure, rounded as the dashboard shows it, reaches the target: a satisfaction rate of
     * 92.96% reads 93.0% and meets a target of 93%; 92.94% reads 92.9% and does not.
     */
    public static Track of(Metric metric, @Nullable Double actual, @Nullable Double target) {
        if (target == null) {
            return NO_TARGET;
        }
        if (actual == null) {
            return NO_FIGURE;
        }
        return metric.shown(actual) >= target ? ON_TRACK : OFF_TRACK;
    }

    /** {@code targets.track.onTrack}, … */
    public String messageKey() {
        return switch (this) {
            case ON_TRACK -> "targets.track.onTrack";
            case OFF_TRACK -> "targets.track.offTrack";
            case NO_TARGET -> "targets.track.noTarget";
            case NO_FIGURE -> "targets.track.noFigure";
        };
    }

    /** The mark beside the word: ✓ on track, ✗ off track, – otherwise. */
    public String icon() {
        return switch (this) {
            case ON_TRACK -> "✓";
            case OFF_TRACK -> "✗";
            default -> "–";
        };
    }

    /** The CSS class that colours the mark, in addition to its icon and word. */
    public String cssClass() {
        return switch (this) {
            case ON_TRACK -> "on-track";
            case OFF_TRACK -> "off-track";
            default -> "no-target";
        };
    }
}
