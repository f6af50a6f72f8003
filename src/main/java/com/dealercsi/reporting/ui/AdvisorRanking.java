package com.dealercsi.reporting.ui;

import com.dealercsi.reporting.Dashboard;
import com.dealercsi.shared.ui.Formats;
import com.vaadin.flow.component.html.Paragraph;

/** Advisors by CSI, those with too few answers unranked, so a manager coaches on figures that mean something. */
class AdvisorRanking extends DashboardSection {

    AdvisorRanking(Dashboard dashboard) {
        super("dashboard.advisors");
        if (dashboard.advisors().isEmpty()) {
            add(new Paragraph(getTranslation("dashboard.advisors.empty")));
            return;
        }
        var table = new ReportTable(
                "dashboard.advisors.rank",
                "dashboard.advisors.name",
                "dashboard.advisors.csi",
                "dashboard.advisors.responses",
                "dashboard.advisors.alerts");
        table.addClassName("advisor-ranking");
        for (var advisor : dashboard.advisors()) {
            table.row(
                    advisor.rank() == null
                            ? getTranslation("dashboard.advisors.unranked", dashboard.minResponsesForRanking())
                            : String.valueOf(advisor.rank()),
                    advisor.name(),
                    Formats.score(advisor.csi()),
                    String.valueOf(advisor.responses()),
                    String.valueOf(advisor.alerts()));
        }
        var note = new Paragraph(getTranslation("dashboard.advisors.note", dashboard.minResponsesForRanking()));
        note.addClassName("note");
        add(table, note);
    }
}
