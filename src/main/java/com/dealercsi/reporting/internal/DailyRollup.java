package com.dealercsi.reporting.internal;

import com.dealercsi.shared.Factor;

/** The SQL that adds answers and visits up into the daily roll-ups (V31). */
public final class DailyRollup {

    /** Stands for "no known advisor" in roll-up keys, which cannot be null. */
    public static final String NO_ADVISOR = "00000000-0000-0000-0000-000000000000";

    private DailyRollup() {}

    /** {@code (columns) select …}: the column list of report_daily, in the order {@link #select} fills them. */
    static String columns() {
        var columns = new StringBuilder("(store_id, day, advisor_id, advisor_name, responses, csi_sum, csi_n");
        for (int os = 1; os <= 10; os++) {
            columns.append(", os_").append(os);
        }
        columns.append(", promoters, detractors, alerts");
        for (var factor : Factor.values()) {
            columns.append(", ")
                    .append(ReportColumns.factor(factor))
                    .append("_sum, ")
                    .append(ReportColumns.factor(factor))
                    .append("_n");
        }
        for (var item : ReportColumns.ITEMS) {
            columns.append(", ")
                    .append(ReportColumns.item(item))
                    .append("_sum, ")
                    .append(ReportColumns.item(item))
                    .append("_n");
        }
        return columns.append(") ").toString();
    }

    /** The summed columns of report_daily, which report_store_daily has too. */
    static java.util.List<String> valueColumns() {
        var columns = new java.util.ArrayList<String>(java.util.List.of("responses", "csi_sum", "csi_n"));
        for (int os = 1; os <= 10; os++) {
            columns.add("os_" + os);
        }
        columns.addAll(java.util.List.of("promoters", "detractors", "alerts"));
        for (var factor : Factor.values()) {
            columns.add(ReportColumns.factor(factor) + "_sum");
            columns.add(ReportColumns.factor(factor) + "_n");
        }
        for (var item : ReportColumns.ITEMS) {
            columns.add(ReportColumns.item(item) + "_sum");
            columns.add(ReportColumns.item(item) + "_n");
        }
        return columns;
    }

    /** {@code replace into report_store_daily …} from report_daily; callers add filters and the grouping. */
    static String storeRollup(String verb) {
        var values = valueColumns();
        return verb + " into report_store_daily (store_id, day, " + String.join(", ", values)
                + ") select store_id, day, "
                + String.join(", ", values.stream().map(c -> "sum(" + c + ")").toList()) + " from report_daily";
    }

    /** {@code select …} of one roll-up row per group, from answered rows; callers add filters and the grouping. */
    static String select() {
        var sql = new StringBuilder("select store_id, day, coalesce(advisor_id, '" + NO_ADVISOR + "'),"
                + " max(advisor_name), count(*), sum(csi), count(csi)");
        for (int os = 1; os <= 10; os++) {
            sql.append(", sum(overall = ").append(os).append(')');
        }
        sql.append(", sum(nps >= 9), sum(nps <= 6), coalesce(sum(alert_level in ('RED', 'AMBER')), 0)");
        for (var factor : Factor.values()) {
            var column = ReportColumns.factor(factor);
            sql.append(", sum(")
                    .append(column)
                    .append("), count(")
                    .append(column)
                    .append(')');
        }
        for (var item : ReportColumns.ITEMS) {
            var column = ReportColumns.item(item);
            sql.append(", sum(")
                    .append(column)
                    .append("), count(")
                    .append(column)
                    .append(')');
        }
        return sql.append(" from report_response where answered").toString();
    }

    /** The revisit window in days is the first parameter. */
    static String visitSelect() {
        return "select store_id, day, coalesce(advisor_id, '" + NO_ADVISOR + "'), count(*),"
                + " coalesce(sum(responded_at is not null and responded_at <= date_add(delivered_at, interval ? day)), 0)"
                + " from report_visit where delivered_at is not null";
    }
}
