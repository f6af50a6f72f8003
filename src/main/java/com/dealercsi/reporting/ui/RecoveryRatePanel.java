package com.dealercsi.reporting.ui;

import com.dealercsi.recovery.CauseReports;
import com.dealercsi.recovery.RecoveryRate;
import com.dealercsi.reporting.Dashboard;
import com.dealercsi.reporting.DashboardFilter;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.VaadinService;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

/**
 * Whether recovery worked, from the follow-up survey of the period's closed cases: made right and the change in
 * satisfaction, over the chosen stores, per store and per root cause (ADR 0058). Only for those who work cases.
 */
class RecoveryRatePanel extends DashboardSection {

    RecoveryRatePanel(Dashboard dashboard, DashboardFilter filter) {
        super("causes.rate.title");
        setId("recovery-rate");
        // looked up here rather than passed in, so the dashboard adds this panel with one line
        var reports = VaadinService.getCurrent().getInstantiator().getOrCreate(CauseReports.class);
        if (dashboard.ownResultsOnly() || !reports.mayReadRecoveryRates()) {
            setVisible(false);
            return;
        }
        var rates = reports.recoveryRates(filter.storeIds(), filter.from(), filter.to());
        var intro = new Paragraph(getTranslation("causes.rate.intro"));
        intro.addClassName("note");
        add(intro);
        var total = rates.total();
        if (total.answered() == 0) {
            add(new Paragraph(getTranslation("causes.rate.none")));
            return;
        }
        var madeRight = new Paragraph(getTranslation("causes.rate.madeRight") + ": "
                + getTranslation("causes.rate.madeRightValue", percent(total), total.madeRight(), total.answered()));
        madeRight.setId("recovery-rate-made-right");
        var change = new Paragraph(getTranslation("causes.rate.change") + ": " + change(total));
        change.setId("recovery-rate-change");
        add(madeRight, change, new Paragraph(getTranslation("causes.rate.answered", total.answered(), total.closed())));
        table(
                "causes.rate.byStore",
                rates.byStore().stream()
                        .map(line -> new Line(line.store().name(), line.rate()))
                        .toList());
        table(
                "causes.rate.byCause",
                rates.byCause().stream()
                        .map(line -> new Line(line.cause().name(getLocale()), line.rate()))
                        .toList());
    }

    private void table(String titleKey, List<Line> lines) {
        if (lines.isEmpty()) {
            return;
        }
        var table = new ReportTable(titleKey, "causes.rate.madeRight", "causes.rate.change", "causes.report.cases");
        table.addClassName("recovery-rate-table");
        for (var line : lines) {
            var rate = line.rate();
            table.row(
                    line.name(),
                    rate.answered() == 0 ? "–" : percent(rate) + " (" + rate.madeRight() + "/" + rate.answered() + ")",
                    change(rate),
                    String.valueOf(rate.closed()));
        }
        add(table);
    }

    private record Line(String name, RecoveryRate rate) {}

    private String percent(RecoveryRate rate) {
        if (rate.madeRightShare() == null) {
            return "–";
        }
        var format = NumberFormat.getPercentInstance(getLocale());
        format.setMaximumFractionDigits(0);
        return format.format(rate.madeRightShare());
    }

    private String change(RecoveryRate rate) {
        if (rate.averageChange() == null) {
            return "–";
        }
        return getTranslation("causes.rate.changeValue", String.format(Locale.ROOT, "%+.1f", rate.averageChange()));
    }
}
