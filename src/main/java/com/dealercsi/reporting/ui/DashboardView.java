package com.dealercsi.reporting.ui;

import com.dealercsi.admin.StoreLogos;
import com.dealercsi.reporting.DashboardFilter;
import com.dealercsi.reporting.Dashboards;
import com.dealercsi.reporting.ListExports;
import com.dealercsi.reporting.ResponseExports;
import com.dealercsi.shared.ui.DashboardContribution;
import com.dealercsi.shared.ui.MainLayout;
import com.dealercsi.survey.Questionnaire;
import com.dealercsi.survey.Questionnaires;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The manager's morning view: headline figures against the previous period, the CSI trend, the five factors
 * with their weakest items, the advisor ranking and the latest comments. Charts are server-drawn SVG.
 */
@Route(value = "dashboard", layout = MainLayout.class)
@Menu(title = "dashboard.nav", order = 0)
@PermitAll
@StyleSheet("targets.css")
public class DashboardView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    private final Dashboards dashboards;
    /** The read model's item columns are those of questionnaire v1, so its texts name them. */
    private final Questionnaire standard;

    private final DashboardHeader header;
    private final DashboardFilters filters;
    private final ListExportsPanel listExports;
    private final boolean mayExport;
    private final Div content = new Div();
    private final ObjectProvider<DashboardContribution> contributions;

    public DashboardView(
            Dashboards dashboards,
            ResponseExports exports,
            ListExports listExports,
            StoreLogos logos,
            Questionnaires questionnaires,
            Clock clock,
            ObjectProvider<DashboardContribution> contributions) {
        this.dashboards = dashboards;
        this.contributions = contributions;
        this.standard = questionnaires.get(Questionnaires.STANDARD_VERSION);
        addClassNames("page", "dashboard");
        var visible = dashboards.visibleStores();
        header = new DashboardHeader(logos);
        filters = new DashboardFilters(visible, clock);
        var links = new ExportLinks(filters);
        this.listExports = new ListExportsPanel(listExports, links);
        this.mayExport = exports.mayExport();
        content.addClassName("dashboard-content");
        add(header, filters, new DashboardActions(exports, links, this::openMonthlyReport), this.listExports, content);

        filters.onChange(this::refresh);
        if (visible.isEmpty()) {
            content.add(new Paragraph(getTranslation("dashboard.noStores")));
        } else {
            refresh();
        }
    }

    /**
     * {@code ?month=2026-10&store=…}: the monthly store report, i.e. this page for one calendar month, titled for
     * the manager's meeting and meant to be printed.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        var month =
                parameters.getOrDefault("month", List.of()).stream().findFirst().flatMap(DashboardView::yearMonth);
        if (month.isEmpty()) {
            header.showTitle(getTranslation("dashboard.title"));
            removeClassName("monthly-report");
            return;
        }
        filters.showMonth(month.get(), parameters.getOrDefault("store", List.of()));
        header.showTitle(getTranslation(
                "dashboard.monthly.title",
                filters.chosenStoreNames(),
                month.get().toString()));
        addClassName("monthly-report");
        refresh();
    }

    private void openMonthlyReport() {
        UI.getCurrent()
                .navigate(
                        "dashboard",
                        new QueryParameters(Map.of(
                                "month", List.of(filters.reportMonth().toString()),
                                "store", filters.chosenStoreIds())));
    }

    private static Optional<YearMonth> yearMonth(String value) {
        try {
            return Optional.of(YearMonth.parse(value));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private void refresh() {
        content.removeAll();
        var filter = filters.filter();
        filters.showPeriodValid(filter != null);
        if (filter == null) {
            return;
        }
        var dashboard = dashboards.dashboard(filter);
        header.showLogo(dashboard);
        content.add(period(filter));
        // invitations and cases do not know the advisor: an advisor's own view has nothing to export
        listExports.setVisible(!dashboard.ownResultsOnly() && mayExport);
        if (dashboard.ownResultsOnly()) {
            content.add(new Paragraph(getTranslation("dashboard.ownResults")));
        }
        content.add(
                new KpiTiles(dashboard),
                new TrendPanel(dashboard),
                new FactorPanel(dashboard, standard),
                new AdvisorRanking(dashboard),
                new TopicsPanel(dashboard),
                new CommentsPanel(dashboard, filters.commentFilter()));
        var shown = dashboard.stores().stream().map(s -> s.id()).collect(java.util.stream.Collectors.toSet());
        contributions
                .orderedStream()
                .forEach(c -> c.panel(shown, filter.from(), filter.to()).ifPresent(content::add));
        content.add(new RecoveryRatePanel(dashboard, filter));
        var disclaimer = new Paragraph(getTranslation("dashboard.disclaimer"));
        disclaimer.addClassName("dashboard-disclaimer");
        content.add(disclaimer);
    }

    private Paragraph period(DashboardFilter filter) {
        var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        var previous = filter.previous();
        var period = new Paragraph(getTranslation(
                "dashboard.period",
                dates.format(filter.from()),
                dates.format(filter.to()),
                dates.format(previous.from()),
                dates.format(previous.to())));
        period.addClassName("dashboard-period");
        return period;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.title") + " · " + getTranslation("app.name");
    }
}
