package com.dealercsi.recovery.ui;

import com.dealercsi.recovery.Cause;
import com.dealercsi.recovery.CauseReport;
import com.dealercsi.shared.ui.Formats;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The report as cards, one per cause and one per month, store or advisor: they stack on a phone and sit side by
 * side on a desk, with no table to scroll sideways.
 */
// the plan link keeps the plans' touch-target styles
@com.vaadin.flow.component.dependency.StyleSheet("plans.css")
class CauseReportCards extends Div {

    /** @param storeId the store the report is filtered to, which a plan started from it is for; null for several */
    CauseReportCards(CauseReport report, @Nullable UUID storeId) {
        addClassName("cause-report-cards");
        if (report.cases() == 0) {
            var empty = new Paragraph(getTranslation("causes.report.empty"));
            empty.setId("cause-report-empty");
            add(empty);
            return;
        }
        var total = new Paragraph(
                getTranslation("causes.report.total", report.cases(), Formats.score(report.lostPoints())));
        total.setId("cause-report-total");
        add(total, new H3(getTranslation("causes.report.byCause")));
        var percent = NumberFormat.getPercentInstance(getLocale());
        percent.setMaximumFractionDigits(1);
        var byCause = grid("cause-report-by-cause");
        for (var line : report.causes()) {
            var card = card(line.cause().name(getLocale()));
            card.setId("cause-line-" + line.cause().code().replace('.', '-'));
            card.add(
                    fact("causes.report.cases", String.valueOf(line.cases())),
                    fact("causes.report.lostPoints", Formats.score(line.lostPoints())),
                    fact("causes.report.share", line.share() == null ? "–" : percent.format(line.share())));
            var factor = new Paragraph(getTranslation(line.cause().factor().messageKey()));
            factor.addClassName("cause-factor");
            card.addComponentAsFirst(factor);
            card.add(planLink(line.cause(), storeId));
            byCause.add(card);
        }
        add(byCause);
        groups("causes.report.byMonth", "cause-report-by-month", report.byMonth());
        groups("causes.report.byStore", "cause-report-by-store", report.byStore());
        groups("causes.report.byAdvisor", "cause-report-by-advisor", report.byAdvisor());
    }

    private void groups(String titleKey, String id, List<CauseReport.GroupCount> rows) {
        var byGroup = new LinkedHashMap<String, Div>();
        for (var row : rows) {
            byGroup.computeIfAbsent(row.group(), this::card)
                    .add(new Paragraph(
                            getTranslation("causes.report.line", row.cause().name(getLocale()), row.cases())));
        }
        var grid = grid(id);
        byGroup.values().forEach(grid::add);
        add(new H3(getTranslation(titleKey)), grid);
    }

    /** Everyone who may read this report may open plans (ADR 0060 gives the link's format). */
    private Anchor planLink(Cause cause, @Nullable UUID storeId) {
        var href = "plans/new?" + (storeId == null ? "" : "store=" + storeId + "&") + "kind=CAUSE&code="
                + URLEncoder.encode(cause.code(), StandardCharsets.UTF_8);
        var link = new Anchor(href, getTranslation("causes.report.plan"));
        link.addClassName("plan-link");
        link.getElement().setAttribute("aria-label", getTranslation("causes.report.planFor", cause.name(getLocale())));
        return link;
    }

    private Div grid(String id) {
        var grid = new Div();
        grid.addClassName("cause-cards");
        grid.setId(id);
        return grid;
    }

    private Div card(String title) {
        var card = new Div(new H4(title));
        card.addClassName("cause-report-card");
        return card;
    }

    private Paragraph fact(String labelKey, String value) {
        var label = new Span(getTranslation(labelKey));
        label.addClassName("fact-label");
        var shown = new Span(value);
        shown.addClassName("fact-value");
        var fact = new Paragraph(label, shown);
        fact.addClassName("cause-fact");
        return fact;
    }
}
