package com.dealercsi.recovery.ui;

import com.dealercsi.recovery.CauseReports;
import com.dealercsi.shared.ui.MainLayout;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;

/**
 * Where points are lost: closed cases by root cause, month, store and advisor, each cause's share in lost points,
 * for the stores the manager may see; cards that read on a phone, and a CSV for the meeting (ADR 0058).
 */
@Route(value = "causes/report", layout = MainLayout.class)
@Menu(title = "causes.report.nav", order = 3)
@RolesAllowed({"ADMIN", "GROUP_MANAGER", "GENERAL_MANAGER", "STORE_MANAGER", "CUSTOMER_SERVICE_MANAGER"})
@StyleSheet("causes.css")
public class CauseReportView extends Main implements HasDynamicTitle {

    private final CauseReports reports;
    private final CauseReportFilters filters;
    private final Div content = new Div();

    public CauseReportView(CauseReports reports, Clock clock) {
        this.reports = reports;
        addClassNames("page", "cause-report");
        filters = new CauseReportFilters(reports.visibleStores(), clock);
        content.setId("cause-report-content");
        add(
                new H2(getTranslation("causes.report.title")),
                new Paragraph(getTranslation("causes.report.intro")),
                filters,
                content);
        filters.onChange(this::refresh);
        refresh();
    }

    private void refresh() {
        content.removeAll();
        var filter = filters.filter();
        if (filter == null) {
            return;
        }
        var report = reports.report(filter);
        content.add(new CauseReportCards(report, filter.storeId()));
        if (report.cases() > 0) {
            content.add(CauseReportCsv.link(report, filter));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("causes.report.title") + " · " + getTranslation("app.name");
    }
}
