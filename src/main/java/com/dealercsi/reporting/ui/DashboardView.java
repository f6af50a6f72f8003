package com.dealercsi.reporting.ui;

import com.dealercsi.shared.Language;
import com.dealercsi.survey.Questionnaire;
import com.dealercsi.survey.Questionnaires;
import com.dealercsi.admin.StoreLogos;
import com.dealercsi.admin.StoreRef;
import com.vaadin.flow.component.html.Image;
import com.dealercsi.reporting.Dashboard;
import com.dealercsi.reporting.DashboardFilter;
import com.dealercsi.reporting.Dashboards;
import com.dealercsi.reporting.Granularity;
import com.dealercsi.reporting.ListExports;
import com.dealercsi.invitation.InvitationState;
import com.dealercsi.recovery.CaseStatus;
import com.dealercsi.alerting.AlertLevel;
import com.dealercsi.reporting.ResponseExports;
import com.dealercsi.shared.ui.Formats;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The manager's morning view: headline figures against the previous period, the CSI trend, the five factors
 * with their weakest items, the advisor ranking and the latest comments. Charts are server-drawn SVG.
 */
@Route("dashboard")
@Menu(title = "dashboard.nav", order = 0)
@PermitAll
public class DashboardView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    private final Dashboards dashboards;
    private final ResponseExports exports;
    private final ListExports listExports;
    private final StoreLogos logos;
    private final Image logo = new Image();
    private final MultiSelectComboBox<InvitationState> invitationStates = new MultiSelectComboBox<>();
    private final Select<Optional<CaseStatus>> caseStatus = new Select<>();
    private final Select<Optional<AlertLevel>> caseLevel = new Select<>();
    private final Div exportsOfLists = new Div();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final MultiSelectComboBox<StoreRef> stores = new MultiSelectComboBox<>();
    private final Select<Granularity> granularity = new Select<>();
    private final TextField commentFilter = new TextField();
    private final Div content = new Div();
    private final H2 title = new H2();
    private final Clock clock;
    /** The read model's item columns are those of questionnaire v1, so its texts name them. */
    private final Questionnaire standard;
    private boolean settingFilter;

    public DashboardView(Dashboards dashboards, ResponseExports exports, ListExports listExports,
            StoreLogos logos, Questionnaires questionnaires, Clock clock) {
        this.dashboards = dashboards;
        this.logos = logos;
        this.listExports = listExports;
        this.standard = questionnaires.get(Questionnaires.STANDARD_VERSION);
        this.exports = exports;
        this.clock = clock;
        addClassNames("page", "dashboard");
        var visible = dashboards.visibleStores();
        var zone = visible.isEmpty() ? ZoneId.of("Asia/Shanghai") : visible.getFirst().timeZone();
        var defaults = DashboardFilter.lastDays(clock.instant().atZone(zone).toLocalDate(), 30);

        from.setLabel(getTranslation("dashboard.from"));
        from.setValue(defaults.from());
        to.setLabel(getTranslation("dashboard.to"));
        to.setValue(defaults.to());
        stores.setLabel(getTranslation("dashboard.stores"));
        stores.setPlaceholder(getTranslation("dashboard.stores.all"));
        stores.setItems(visible);
        stores.setItemLabelGenerator(StoreRef::name);
        stores.setVisible(visible.size() > 1);
        granularity.setLabel(getTranslation("dashboard.granularity"));
        granularity.setItems(Granularity.values());
        granularity.setItemLabelGenerator(g -> getTranslation("dashboard.granularity." + g.name()));
        granularity.setValue(Granularity.WEEK);
        commentFilter.setLabel(getTranslation("dashboard.comments.filter"));
        commentFilter.setClearButtonVisible(true);
        commentFilter.setValueChangeMode(ValueChangeMode.LAZY);

        var print = new Button(getTranslation("dashboard.print"), e -> UI.getCurrent().getPage().executeJs("window.print()"));
        print.addThemeVariants(ButtonVariant.TERTIARY);
        var csv = download("csv", "text/csv;charset=UTF-8", exports::csv);
        var xlsx = download("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", exports::xlsx);
        csv.setText(getTranslation("dashboard.export.csv"));
        csv.addClassName("export-csv");
        xlsx.setText(getTranslation("dashboard.export.xlsx"));
        xlsx.addClassName("export-xlsx");

        var monthly = new Button(getTranslation("dashboard.monthly"), e -> openMonthlyReport());
        monthly.addThemeVariants(ButtonVariant.TERTIARY);
        monthly.setId("monthly-report");
        var filters = new Div(from, to, stores, granularity);
        filters.addClassName("dashboard-filters");
        var actions = new Div(csv, xlsx, monthly, print);
        actions.addClassName("dashboard-actions");
        content.addClassName("dashboard-content");
        title.setText(getTranslation("dashboard.title"));
        logo.addClassName("dashboard-logo");
        logo.setVisible(false);
        var header = new Div(logo, title);
        header.addClassName("dashboard-header");
        add(header, filters, actions, listExports(), content);

        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        stores.addValueChangeListener(e -> refresh());
        granularity.addValueChangeListener(e -> refresh());
        commentFilter.addValueChangeListener(e -> refresh());
        if (visible.isEmpty()) {
            content.add(new Paragraph(getTranslation("dashboard.noStores")));
        } else {
            refresh();
        }
    }

    private @Nullable DashboardFilter filter() {
        if (from.getValue() == null || to.getValue() == null || to.getValue().isBefore(from.getValue())) {
            return null;
        }
        return new DashboardFilter(from.getValue(), to.getValue(),
                stores.getValue().stream().map(StoreRef::id).collect(Collectors.toSet()), granularity.getValue(),
                commentFilter.getValue());
    }

    private static final String CSV = "text/csv;charset=UTF-8";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Anchor download(String extension, String contentType, Exporter exporter) {
        return download(extension, contentType, "report.export.file", exporter);
    }

    private Anchor download(String extension, String contentType, String fileKey, Exporter exporter) {
        var locale = UI.getCurrent().getLocale();
        var anchor = new Anchor((DownloadHandler) event -> {
            var filter = filter();
            if (filter == null) {
                event.getResponse().setStatus(400);
                return;
            }
            event.setFileName(getTranslation(fileKey) + "-" + filter.from() + "-" + filter.to() + "."
                    + extension);
            event.setContentType(contentType);
            exporter.export(filter, locale, event.getOutputStream());
        }, AttachmentType.DOWNLOAD, "");
        anchor.addClassName("export-link");
        return anchor;
    }

    /** Invitations and cases of the chosen stores and period, narrowed by their own states. */
    private Component listExports() {
        invitationStates.setLabel(getTranslation("dashboard.exports.states"));
        invitationStates.setPlaceholder(getTranslation("dashboard.exports.states.all"));
        invitationStates.setItems(InvitationState.values());
        invitationStates.setItemLabelGenerator(state -> getTranslation(state.messageKey()));
        caseStatus.setLabel(getTranslation("dashboard.exports.status"));
        caseStatus.setItems(java.util.stream.Stream.concat(java.util.stream.Stream.of(Optional.<CaseStatus>empty()),
                java.util.Arrays.stream(CaseStatus.values()).map(Optional::of)).toList());
        caseStatus.setItemLabelGenerator(status -> status.map(s -> getTranslation("recovery.status." + s.name()))
                .orElse(getTranslation("dashboard.exports.any")));
        caseStatus.setValue(Optional.empty());
        caseLevel.setLabel(getTranslation("dashboard.exports.level"));
        caseLevel.setItems(Optional.empty(), Optional.of(AlertLevel.RED), Optional.of(AlertLevel.AMBER));
        caseLevel.setItemLabelGenerator(level -> level.map(l -> getTranslation("alert.level." + l.name()))
                .orElse(getTranslation("dashboard.exports.any")));
        caseLevel.setValue(Optional.empty());
        var invitationsCsv = download("csv", CSV, "report.export.invitations.file", (filter, locale, out) ->
                listExports.invitationsCsv(filter, invitationStates.getValue(), locale, out));
        var invitationsXlsx = download("xlsx", XLSX, "report.export.invitations.file", (filter, locale, out) ->
                listExports.invitationsXlsx(filter, invitationStates.getValue(), locale, out));
        var casesCsv = download("csv", CSV, "report.export.cases.file", (filter, locale, out) ->
                listExports.casesCsv(filter, caseStatus.getValue().orElse(null), caseLevel.getValue().orElse(null),
                        locale, out));
        var casesXlsx = download("xlsx", XLSX, "report.export.cases.file", (filter, locale, out) ->
                listExports.casesXlsx(filter, caseStatus.getValue().orElse(null), caseLevel.getValue().orElse(null),
                        locale, out));
        invitationsCsv.setText(getTranslation("dashboard.exports.invitationsCsv"));
        invitationsCsv.addClassName("export-invitations-csv");
        invitationsXlsx.setText(getTranslation("dashboard.exports.invitationsXlsx"));
        invitationsXlsx.addClassName("export-invitations-xlsx");
        casesCsv.setText(getTranslation("dashboard.exports.casesCsv"));
        casesCsv.addClassName("export-cases-csv");
        casesXlsx.setText(getTranslation("dashboard.exports.casesXlsx"));
        casesXlsx.addClassName("export-cases-xlsx");
        var invitations = new Div(invitationStates, invitationsCsv, invitationsXlsx);
        var cases = new Div(caseStatus, caseLevel, casesCsv, casesXlsx);
        invitations.addClassName("dashboard-actions");
        cases.addClassName("dashboard-actions");
        var details = new com.vaadin.flow.component.details.Details(getTranslation("dashboard.exports"),
                new Div(invitations, cases));
        details.addClassName("dashboard-list-exports");
        exportsOfLists.add(details);
        return exportsOfLists;
    }

    private interface Exporter {
        void export(DashboardFilter filter, Locale locale, java.io.OutputStream out);
    }

    /**
     * {@code ?month=2026-10&store=…}: the monthly store report, i.e. this page for one calendar month, titled for
     * the manager's meeting and meant to be printed.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        var month = parameters.getOrDefault("month", List.of()).stream().findFirst()
                .flatMap(DashboardView::yearMonth);
        if (month.isEmpty()) {
            title.setText(getTranslation("dashboard.title"));
            removeClassName("monthly-report");
            return;
        }
        var wanted = parameters.getOrDefault("store", List.of());
        settingFilter = true;
        from.setValue(month.get().atDay(1));
        to.setValue(month.get().atEndOfMonth());
        granularity.setValue(Granularity.WEEK);
        stores.setValue(stores.getListDataView().getItems()
                .filter(store -> wanted.contains(store.id().toString())).collect(Collectors.toSet()));
        settingFilter = false;
        var names = stores.getValue().isEmpty() ? getTranslation("dashboard.stores.all")
                : stores.getValue().stream().map(StoreRef::name).sorted().collect(Collectors.joining(", "));
        title.setText(getTranslation("dashboard.monthly.title", names, month.get().toString()));
        addClassName("monthly-report");
        refresh();
    }

    private void openMonthlyReport() {
        var visible = stores.getListDataView().getItems().findFirst();
        var zone = visible.map(StoreRef::timeZone).orElse(ZoneId.of("Asia/Shanghai"));
        var lastMonth = java.time.YearMonth.from(clock.instant().atZone(zone)).minusMonths(1);
        var month = from.getValue() != null && to.getValue() != null
                && java.time.YearMonth.from(from.getValue()).equals(java.time.YearMonth.from(to.getValue()))
                ? java.time.YearMonth.from(from.getValue()) : lastMonth;
        var parameters = new java.util.HashMap<String, List<String>>();
        parameters.put("month", List.of(month.toString()));
        parameters.put("store", stores.getValue().stream().map(store -> store.id().toString()).toList());
        UI.getCurrent().navigate("dashboard", new QueryParameters(parameters));
    }

    private static java.util.Optional<java.time.YearMonth> yearMonth(String value) {
        try {
            return java.util.Optional.of(java.time.YearMonth.parse(value));
        } catch (java.time.format.DateTimeParseException e) {
            return java.util.Optional.empty();
        }
    }

    private void refresh() {
        if (settingFilter) {
            return;
        }
        content.removeAll();
        var filter = filter();
        if (filter == null) {
            to.setInvalid(true);
            to.setErrorMessage(getTranslation("dashboard.period.invalid"));
            return;
        }
        to.setInvalid(false);
        var dashboard = dashboards.dashboard(filter);
        showLogo(dashboard);
        var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        var previous = filter.previous();
        var period = new Paragraph(getTranslation("dashboard.period", dates.format(filter.from()),
                dates.format(filter.to()), dates.format(previous.from()), dates.format(previous.to())));
        period.addClassName("dashboard-period");
        content.add(period);
        // invitations and cases do not know the advisor: an advisor's own view has nothing to export
        exportsOfLists.setVisible(!dashboard.ownResultsOnly());
        if (dashboard.ownResultsOnly()) {
            content.add(new Paragraph(getTranslation("dashboard.ownResults")));
        }
        content.add(kpis(dashboard), trend(dashboard), factors(dashboard), advisors(dashboard), comments(dashboard));
        var disclaimer = new Paragraph(getTranslation("dashboard.disclaimer"));
        disclaimer.addClassName("dashboard-disclaimer");
        content.add(disclaimer);
    }

    /** A one-store dashboard (or monthly report) carries that store's logo in its header. */
    private void showLogo(Dashboard dashboard) {
        var url = dashboard.stores().size() == 1 ? logos.url(dashboard.stores().getFirst().id())
                : Optional.<String>empty();
        logo.setVisible(url.isPresent());
        url.ifPresent(src -> {
            logo.setSrc(src);
            logo.setAlt(dashboard.stores().getFirst().name());
        });
    }

    private Component kpis(Dashboard dashboard) {
        var now = dashboard.current();
        var before = dashboard.previous();
        var cards = new Div();
        cards.addClassName("kpis");
        cards.add(kpi("csi", Formats.score(now.csi()), Formats.score(before.csi()), delta(now.csi(), before.csi()),
                null));
        cards.add(kpi("satisfaction", percent(now.satisfactionRate()), percent(before.satisfactionRate()),
                delta(now.satisfactionRate(), before.satisfactionRate()), null));
        cards.add(kpi("nps", signed(now.nps()), signed(before.nps()), delta(now.nps(), before.nps()), null));
        if (now.invitationsSent() != null) {
            cards.add(kpi("responseRate", percent(now.responseRate()), percent(before.responseRate()),
                    delta(now.responseRate(), before.responseRate()),
                    getTranslation("dashboard.kpi.detail.responseRate", now.invitationsSent())));
        }
        cards.add(kpi("revisitRate", percent(now.revisitRate()), percent(before.revisitRate()),
                delta(now.revisitRate(), before.revisitRate()),
                getTranslation("dashboard.kpi.detail.revisitRate", now.visits())));
        cards.add(kpi("responses", String.valueOf(now.responses()), String.valueOf(before.responses()),
                delta((double) now.responses(), (double) before.responses()), null));
        var cases = now.cases();
        var casesBefore = before.cases();
        if (cases != null && casesBefore != null) {
            // more open or overdue cases is worse: a rise is coloured as bad news
            var open = kpi("openCases", String.valueOf(cases.open()), String.valueOf(casesBefore.open()),
                    delta((double) cases.open(), (double) casesBefore.open()),
                    getTranslation("dashboard.kpi.detail.openCases", cases.opened()));
            var overdue = kpi("overdueCases", String.valueOf(cases.overdue()), String.valueOf(casesBefore.overdue()),
                    delta((double) cases.overdue(), (double) casesBefore.overdue()), null);
            open.addClassName("lower-is-better");
            overdue.addClassName("lower-is-better");
            cards.add(open, overdue);
            cards.add(kpi("casesInTime", percent(cases.closedInTimeRate()), percent(casesBefore.closedInTimeRate()),
                    delta(cases.closedInTimeRate(), casesBefore.closedInTimeRate()),
                    getTranslation("dashboard.kpi.detail.casesInTime", cases.closed())));
        }
        return cards;
    }

    private Component kpi(String key, String value, String previous, @Nullable Double delta, @Nullable String detail) {
        var card = new Div();
        card.addClassNames("kpi", "kpi-" + key);
        var label = new Span(getTranslation("dashboard.kpi." + key));
        label.addClassName("kpi-label");
        var number = new Span(value);
        number.addClassName("kpi-value");
        card.add(label, number);
        var comparison = new Span(getTranslation("dashboard.kpi.previous", previous)
                + (delta == null ? "" : " (" + change(delta) + ")"));
        comparison.addClassNames("kpi-previous", delta == null || Math.abs(delta) < 0.05 ? "flat"
                : delta > 0 ? "up" : "down");
        card.add(comparison);
        if (detail != null) {
            var small = new Span(detail);
            small.addClassName("kpi-detail");
            card.add(small);
        }
        return card;
    }

    private Component trend(Dashboard dashboard) {
        var section = section("dashboard.trend");
        var points = dashboard.trend();
        if (points.isEmpty()) {
            section.add(new Paragraph(getTranslation("dashboard.trend.empty")));
            return section;
        }
        var labels = new ArrayList<String>();
        var values = new ArrayList<@Nullable Double>();
        var format = DateTimeFormatter.ofPattern(dashboard.filter().granularity() == Granularity.WEEK ? "M/d" : "yyyy-MM");
        double lowest = 1000;
        for (var point : points) {
            labels.add(format.format(point.start()));
            values.add(point.csi());
            if (point.csi() != null) {
                lowest = Math.min(lowest, point.csi());
            }
        }
        double min = Math.max(0, Math.floor((lowest - 50) / 100) * 100);
        section.add(chart(SvgCharts.line(getTranslation("dashboard.trend"), labels, values, min, 1000)));
        return section;
    }

    private Component factors(Dashboard dashboard) {
        var section = section("dashboard.factors");
        var labels = new ArrayList<String>();
        var values = new ArrayList<@Nullable Double>();
        var previous = new ArrayList<@Nullable Double>();
        var table = new NativeTable();
        table.addClassName("report-table");
        header(table, "dashboard.factors.factor", "dashboard.factors.score", "dashboard.factors.previous",
                "dashboard.factors.weakest");
        for (var factor : dashboard.factors()) {
            var name = getTranslation(factor.factor().messageKey());
            labels.add(name);
            values.add(factor.score());
            previous.add(factor.previousScore());
            var weakest = factor.itemsWeakestFirst().stream().limit(2)
                    .map(item -> standard.item(item.itemId()).map(i -> i.text(Language.of(getLocale())))
                            .orElse(item.itemId()) + " " + Formats.score(item.score()))
                    .collect(Collectors.joining(" · "));
            row(table, name, Formats.score(factor.score()), Formats.score(factor.previousScore()), weakest);
        }
        section.add(chart(SvgCharts.bars(getTranslation("dashboard.factors.chart"), labels, values, previous, 1000)),
                table);
        return section;
    }

    private Component advisors(Dashboard dashboard) {
        var section = section("dashboard.advisors");
        if (dashboard.advisors().isEmpty()) {
            section.add(new Paragraph(getTranslation("dashboard.advisors.empty")));
            return section;
        }
        var table = new NativeTable();
        table.addClassNames("report-table", "advisor-ranking");
        header(table, "dashboard.advisors.rank", "dashboard.advisors.name", "dashboard.advisors.csi",
                "dashboard.advisors.responses", "dashboard.advisors.alerts");
        for (var advisor : dashboard.advisors()) {
            row(table, advisor.rank() == null
                            ? getTranslation("dashboard.advisors.unranked", dashboard.minResponsesForRanking())
                            : String.valueOf(advisor.rank()),
                    advisor.name(), Formats.score(advisor.csi()), String.valueOf(advisor.responses()),
                    String.valueOf(advisor.alerts()));
        }
        var note = new Paragraph(getTranslation("dashboard.advisors.note", dashboard.minResponsesForRanking()));
        note.addClassName("note");
        section.add(table, note);
        return section;
    }

    private Component comments(Dashboard dashboard) {
        var section = section("dashboard.comments");
        section.add(commentFilter);
        if (dashboard.comments().isEmpty()) {
            section.add(new Paragraph(getTranslation("dashboard.comments.empty")));
            return section;
        }
        var list = new Div();
        list.addClassName("comments");
        for (var comment : dashboard.comments()) {
            var item = new Div();
            item.addClassName("comment");
            if (comment.alertLevel() != null) {
                item.addClassName("alert-" + comment.alertLevel().name().toLowerCase(Locale.ROOT));
            }
            // owners' words are shown as text, never as HTML
            var text = new Paragraph(comment.text());
            text.addClassName("comment-text");
            var link = new Anchor("responses/" + comment.responseId(),
                    Formats.dateTime(comment.submittedAt(), comment.zone(), getLocale()) + " · " + comment.storeName()
                    + (comment.advisorName() == null ? "" : " · " + comment.advisorName()) + " · "
                    + getTranslation("dashboard.comments.scores", Formats.score(comment.csi()), comment.overall(),
                    comment.nps()));
            link.addClassName("comment-meta");
            item.add(text, link);
            list.add(item);
        }
        section.add(list);
        return section;
    }

    private Section section(String titleKey) {
        var section = new Section(new H3(getTranslation(titleKey)));
        section.addClassName("dashboard-section");
        return section;
    }

    private static Component chart(String svg) {
        var chart = new Svg(svg);
        chart.addClassName("chart-box");
        return chart;
    }

    private void header(NativeTable table, String... keys) {
        var row = table.getHead().addRow();
        for (var key : keys) {
            row.addHeaderCell().setText(getTranslation(key));
        }
    }

    private static void row(NativeTable table, String... values) {
        var row = table.getBody().addRow();
        for (var value : values) {
            row.addDataCell().setText(value);
        }
    }

    private static @Nullable Double delta(@Nullable Double now, @Nullable Double before) {
        return now == null || before == null ? null : now - before;
    }

    /** ▲ +12 or ▼ −3.5: whole numbers stay whole, rates keep one decimal. */
    private static String change(double delta) {
        if (Math.abs(delta) < 0.05) {
            return "±0";
        }
        var amount = Math.abs(delta - Math.rint(delta)) < 1e-9 ? String.valueOf(Math.round(Math.abs(delta)))
                : String.format(Locale.ROOT, "%.1f", Math.abs(delta));
        return (delta > 0 ? "▲ +" : "▼ −") + amount;
    }

    private static String percent(@Nullable Double value) {
        return value == null ? "–" : String.format(Locale.ROOT, "%.1f%%", value);
    }

    private static String signed(@Nullable Double value) {
        return value == null ? "–" : String.format(Locale.ROOT, "%+.0f", value);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.title") + " · " + getTranslation("app.name");
    }
}
