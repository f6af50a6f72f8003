package com.dealercsi.reporting.ui;

import com.dealercsi.reporting.Dashboard;
import com.dealercsi.shared.ui.Formats;
import com.dealercsi.targets.Metric;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The headline figures as tiles, each against its target and the previous period, so the first glance says on or
 * off track, better or worse.
 */
class KpiTiles extends Div {

    private final Dashboard dashboard;

    KpiTiles(Dashboard dashboard) {
        this.dashboard = dashboard;
        var now = dashboard.current();
        var before = dashboard.previous();
        addClassName("kpis");
        add(tile(
                Metric.CSI,
                "csi",
                Formats.score(now.csi()),
                Formats.score(before.csi()),
                Change.between(now.csi(), before.csi()),
                null));
        add(tile(
                Metric.SATISFACTION_RATE,
                "satisfaction",
                percent(now.satisfactionRate()),
                percent(before.satisfactionRate()),
                Change.between(now.satisfactionRate(), before.satisfactionRate()),
                null));
        add(tile(
                Metric.NPS,
                "nps",
                signed(now.nps()),
                signed(before.nps()),
                Change.between(now.nps(), before.nps()),
                null));
        if (now.invitationsSent() != null) {
            add(tile(
                    Metric.RESPONSE_RATE,
                    "responseRate",
                    percent(now.responseRate()),
                    percent(before.responseRate()),
                    Change.between(now.responseRate(), before.responseRate()),
                    getTranslation("dashboard.kpi.detail.responseRate", now.invitationsSent())));
        }
        add(tile(
                Metric.REVISIT_RATE,
                "revisitRate",
                percent(now.revisitRate()),
                percent(before.revisitRate()),
                Change.between(now.revisitRate(), before.revisitRate()),
                getTranslation("dashboard.kpi.detail.revisitRate", now.visits())));
        add(tile(
                null,
                "responses",
                String.valueOf(now.responses()),
                String.valueOf(before.responses()),
                Change.between(now.responses(), before.responses()),
                null));
        var cases = now.cases();
        var casesBefore = before.cases();
        if (cases != null && casesBefore != null) {
            // more open or overdue cases is worse: a rise is coloured as bad news
            var open = tile(
                    null,
                    "openCases",
                    String.valueOf(cases.open()),
                    String.valueOf(casesBefore.open()),
                    Change.between(cases.open(), casesBefore.open()),
                    getTranslation("dashboard.kpi.detail.openCases", cases.opened()));
            var overdue = tile(
                    null,
                    "overdueCases",
                    String.valueOf(cases.overdue()),
                    String.valueOf(casesBefore.overdue()),
                    Change.between(cases.overdue(), casesBefore.overdue()),
                    null);
            open.addClassName("lower-is-better");
            overdue.addClassName("lower-is-better");
            add(open, overdue);
            add(tile(
                    Metric.CASES_IN_TIME,
                    "casesInTime",
                    percent(cases.closedInTimeRate()),
                    percent(casesBefore.closedInTimeRate()),
                    Change.between(cases.closedInTimeRate(), casesBefore.closedInTimeRate()),
                    getTranslation("dashboard.kpi.detail.casesInTime", cases.closed())));
        }
    }

    private Div tile(
            @Nullable Metric metric,
            String key,
            String value,
            String previous,
            Change change,
            @Nullable String detail) {
        var card = new Div();
        card.addClassNames("kpi", "kpi-" + key);
        var label = new Span(getTranslation("dashboard.kpi." + key));
        label.addClassName("kpi-label");
        var number = new Span(value);
        number.addClassName("kpi-value");
        card.add(label, number);
        // a dashboard of stores that set no targets at all looks as it did before targets existed
        if (metric != null && !dashboard.targets().isEmpty()) {
            card.add(new TargetMark(metric, value, dashboard.target(metric), dashboard.track(metric)));
        }
        var comparison = new Span(getTranslation("dashboard.kpi.previous", previous) + change.suffix());
        comparison.addClassNames("kpi-previous", change.direction());
        card.add(comparison);
        if (detail != null) {
            var small = new Span(detail);
            small.addClassName("kpi-detail");
            card.add(small);
        }
        return card;
    }

    private static String percent(@Nullable Double value) {
        return value == null ? "–" : String.format(Locale.ROOT, "%.1f%%", value);
    }

    private static String signed(@Nullable Double value) {
        return value == null ? "–" : String.format(Locale.ROOT, "%+.0f", value);
    }
}
