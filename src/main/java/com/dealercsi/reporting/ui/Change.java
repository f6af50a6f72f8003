package com.dealercsi.reporting.ui;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * How a headline figure moved since the previous period, as a KPI tile words and colours it; a move under
 * 0.05 reads as none, since the tiles show at most one decimal.
 *
 * @param delta now minus before; null when either is unknown
 */
record Change(@Nullable Double delta) {

    private static final double NONE = 0.05;

    static Change between(@Nullable Double now, @Nullable Double before) {
        return new Change(now == null || before == null ? null : now - before);
    }

    static Change between(long now, long before) {
        return new Change((double) now - before);
    }

    /** The tile's CSS class: {@code up}, {@code down} or {@code flat}. */
    String direction() {
        if (delta == null || Math.abs(delta) < NONE) {
            return "flat";
        }
        return delta > 0 ? "up" : "down";
    }

    /** {@code " (▲ +12)"}, {@code " (▼ −3.5)"}, {@code " (±0)"}; empty when unknown. Whole numbers stay whole. */
    String suffix() {
        if (delta == null) {
            return "";
        }
        if (Math.abs(delta) < NONE) {
            return " (±0)";
        }
        var amount = Math.abs(delta - Math.rint(delta)) < 1e-9
                ? String.valueOf(Math.round(Math.abs(delta)))
                : String.format(Locale.ROOT, "%.1f", Math.abs(delta));
        return " (" + (delta > 0 ? "▲ +" : "▼ −") + amount + ")";
    }
}
