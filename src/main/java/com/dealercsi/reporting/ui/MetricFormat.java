package com.dealercsi.reporting.ui;

import com.dealercsi.shared.ui.Formats;
import com.dealercsi.targets.Metric;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** A figure as the KPI tiles show it: CSI whole, NPS signed and whole, rates with one decimal and %. */
final class MetricFormat {

    private MetricFormat() {}

    static String of(Metric metric, @Nullable Double value) {
        if (value == null) {
            return "–";
        }
        return switch (metric) {
            case CSI -> Formats.score(value);
            case NPS -> String.format(Locale.ROOT, "%+.0f", value);
            default -> String.format(Locale.ROOT, "%.1f%%", value);
        };
    }
}
