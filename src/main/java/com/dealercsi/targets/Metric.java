package com.dealercsi.targets;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A figure a store sets a target for, with the range a target may take and the precision the dashboard shows it
 * in. Higher is better for every one of them.
 */
public enum Metric {
    /** CSI on the 1000-point scale, shown whole. */
    CSI(100, 1000, 0),
    /** Share of answers with overall satisfaction at or above the threshold, %. */
    SATISFACTION_RATE(0, 100, 1),
    /** Promoters minus detractors, −100…100, shown whole. */
    NPS(-100, 100, 0),
    /** Answers per invitation sent, %. */
    RESPONSE_RATE(0, 100, 1),
    /** Visits answered or reached within the revisit window, %. */
    REVISIT_RATE(0, 100, 1),
    /** Cases closed within their due time, of those closed, %. */
    CASES_IN_TIME(0, 100, 1);

    private final int min;
    private final int max;
    private final int decimals;

    Metric(int min, int max, int decimals) {
        this.min = min;
        this.max = max;
        this.decimals = decimals;
    }

    public int min() {
        return min;
    }

    public int max() {
        return max;
    }

    /** Digits after the point the dashboard shows, and the precision a target may have. */
    public int decimals() {
        return decimals;
    }

    /** The value as the dashboard shows it, half up: a figure shown as 93.0% meets a target of 93%. */
    public double shown(double value) {
        return BigDecimal.valueOf(value)
                .setScale(decimals, RoundingMode.HALF_UP)
                .doubleValue();
    }

    public boolean allows(double target) {
        return target >= min && target <= max && shown(target) == target;
    }

    /** A target as people write it: CSI {@code 900}, NPS {@code +30}, rates {@code 98%} or {@code 97.5%}. */
    public String format(double target) {
        var number = BigDecimal.valueOf(shown(target)).stripTrailingZeros().toPlainString();
        return switch (this) {
            case CSI -> number;
            case NPS -> target > 0 ? "+" + number : number;
            default -> number + "%";
        };
    }

    /** {@code targets.metric.csi}, {@code targets.metric.satisfactionRate}, … */
    public String messageKey() {
        var words = name().toLowerCase(java.util.Locale.ROOT).split("_");
        var key = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            key.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return "targets.metric." + key;
    }
}
