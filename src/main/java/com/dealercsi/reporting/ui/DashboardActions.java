package com.dealercsi.reporting.ui;

import com.dealercsi.reporting.ResponseExports;
import com.dealercsi.reporting.ui.ExportLinks.Format;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;

/** What a manager takes away from the dashboard: the answers as a file, the monthly report, a printout. */
class DashboardActions extends Div {

    DashboardActions(ResponseExports exports, ExportLinks links, Runnable openMonthlyReport) {
        var file = "report.export.file";
        var csv = links.link("export-csv", "dashboard.export.csv", file, Format.CSV, exports::csv);
        var xlsx = links.link("export-xlsx", "dashboard.export.xlsx", file, Format.XLSX, exports::xlsx);
        var monthly = new Button(getTranslation("dashboard.monthly"), e -> openMonthlyReport.run());
        monthly.addThemeVariants(ButtonVariant.TERTIARY);
        monthly.setId("monthly-report");
        var print = new Button(
                getTranslation("dashboard.print"),
                e -> UI.getCurrent().getPage().executeJs("window.print()"));
        print.addThemeVariants(ButtonVariant.TERTIARY);
        addClassName("dashboard-actions");
        // owners' personal data leaves in a file only for the roles that may export it (ADR 0052)
        csv.setVisible(exports.mayExport());
        xlsx.setVisible(exports.mayExport());
        add(csv, xlsx, monthly, print);
    }
}
