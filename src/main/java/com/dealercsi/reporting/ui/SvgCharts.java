package com.dealercsi.reporting.ui;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The dashboard's two charts as plain SVG, drawn on the server (ADR 0031): no client-side code, sharp at any
 * size, printed as drawn. Colours are attributes, not CSS, so a printout keeps them.
 */
public final class SvgCharts {

    static final String ACCENT = "#0b5cad";
    static final String MUTED = "#98a2b3";
    static final String GRID = "#e4e7ec";
    static final String INK = "#344054";

    private SvgCharts() {}

    /**
     * A line over the 1000-point scale, from {@code min} up, one point per label; a gap where a value is
     * missing. Each point has a tooltip with its label and value.
     */
    public static String line(
            String title, List<String> labels, List<@Nullable Double> values, double min, double max) {
        if (labels.size() != values.size()) {
            throw new IllegalArgumentException("One value per label");
        }
        int width = 640;
        int height = 240;
        int left = 44;
        int right = 16;
        int top = 12;
        int bottom = 36;
        double plotWidth = width - left - right;
        double plotHeight = height - top - bottom;
        var svg = open(title, width, height);
        double step = niceStep(max - min);
        for (double y = min; y <= max + 1e-9; y += step) {
            double py = top + plotHeight * (1 - (y - min) / (max - min));
            svg.append(line(left, py, width - right, py, GRID));
            svg.append(text(left - 6, py + 4, "end", format(y)));
        }
        int n = labels.size();
        int labelEvery = Math.max(1, (int) Math.ceil(n / 8.0));
        var path = new StringBuilder();
        boolean drawing = false;
        for (int i = 0; i < n; i++) {
            double px = left + (n == 1 ? plotWidth / 2 : plotWidth * i / (n - 1));
            if (i % labelEvery == 0 || i == n - 1) {
                svg.append(text(px, height - bottom + 18, "middle", labels.get(i)));
            }
            var value = values.get(i);
            if (value == null) {
                drawing = false;
                continue;
            }
            double py = top + plotHeight * (1 - (clamp(value, min, max) - min) / (max - min));
            path.append(drawing ? " L" : " M").append(num(px)).append(' ').append(num(py));
            drawing = true;
        }
        if (!path.isEmpty()) {
            svg.append("<path d=\"")
                    .append(path.toString().strip())
                    .append("\" fill=\"none\" stroke=\"")
                    .append(ACCENT)
                    .append("\" stroke-width=\"2.5\" stroke-linejoin=\"round\"/>");
        }
        for (int i = 0; i < n; i++) {
            var value = values.get(i);
            if (value != null) {
                double px = left + (n == 1 ? plotWidth / 2 : plotWidth * i / (n - 1));
                double py = top + plotHeight * (1 - (clamp(value, min, max) - min) / (max - min));
                svg.append("<circle class=\"chart-point\" cx=\"")
                        .append(num(px))
                        .append("\" cy=\"")
                        .append(num(py))
                        .append("\" r=\"4\" fill=\"")
                        .append(ACCENT)
                        .append("\"><title>")
                        .append(escape(labels.get(i) + ": " + format(value)))
                        .append("</title></circle>");
            }
        }
        return svg.append("</svg>").toString();
    }

    /** Horizontal bars on 0–1000: this period's value, and beneath it a thin grey bar for the previous one. */
    public static String bars(
            String title,
            List<String> labels,
            List<@Nullable Double> values,
            List<@Nullable Double> previous,
            double max) {
        int width = 640;
        int row = 40;
        int labelWidth = 190;
        int valueWidth = 50;
        int height = row * labels.size() + 8;
        double barWidth = width - labelWidth - valueWidth;
        var svg = open(title, width, height);
        for (int i = 0; i < labels.size(); i++) {
            double y = 4 + i * row;
            svg.append(text(labelWidth - 8, y + 17, "end", labels.get(i)));
            var value = values.get(i);
            var before = previous.get(i);
            svg.append("<rect x=\"")
                    .append(labelWidth)
                    .append("\" y=\"")
                    .append(num(y + 4))
                    .append("\" width=\"")
                    .append(num(barWidth))
                    .append("\" height=\"18\" fill=\"")
                    .append(GRID)
                    .append("\"/>");
            if (value != null) {
                svg.append("<rect class=\"chart-bar\" x=\"")
                        .append(labelWidth)
                        .append("\" y=\"")
                        .append(num(y + 4))
                        .append("\" width=\"")
                        .append(num(barWidth * clamp(value, 0, max) / max))
                        .append("\" height=\"18\" fill=\"")
                        .append(ACCENT)
                        .append("\"><title>")
                        .append(escape(labels.get(i) + ": " + format(value)))
                        .append("</title></rect>");
            }
            if (before != null) {
                svg.append("<rect class=\"chart-bar-previous\" x=\"")
                        .append(labelWidth)
                        .append("\" y=\"")
                        .append(num(y + 25))
                        .append("\" width=\"")
                        .append(num(barWidth * clamp(before, 0, max) / max))
                        .append("\" height=\"5\" fill=\"")
                        .append(MUTED)
                        .append("\"/>");
            }
            svg.append(text(width - valueWidth + 6, y + 17, "start", value == null ? "–" : format(value)));
        }
        return svg.append("</svg>").toString();
    }

    private static StringBuilder open(String title, int width, int height) {
        return new StringBuilder(
                        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 ")
                .append(width)
                .append(' ')
                .append(height)
                .append("\" aria-label=\"")
                .append(escape(title))
                .append("\" font-family=\"sans-serif\" font-size=\"12\"><title>")
                .append(escape(title))
                .append("</title>");
    }

    private static String line(double x1, double y1, double x2, double y2, String colour) {
        return "<line x1=\"" + num(x1) + "\" y1=\"" + num(y1) + "\" x2=\"" + num(x2) + "\" y2=\"" + num(y2)
                + "\" stroke=\"" + colour + "\"/>";
    }

    private static String text(double x, double y, String anchor, String text) {
        return "<text x=\"" + num(x) + "\" y=\"" + num(y) + "\" text-anchor=\"" + anchor + "\" fill=\"" + INK + "\">"
                + escape(text) + "</text>";
    }

    /** 100 on the usual 1000-point range, smaller when the range is narrow, so there are 3–8 grid lines. */
    static double niceStep(double range) {
        for (double step : new double[] {10, 20, 25, 50, 100, 200, 250, 500}) {
            if (range / step <= 8) {
                return step;
            }
        }
        return 1000;
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }

    private static String num(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String format(double value) {
        return String.valueOf(Math.round(value));
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
