package com.dealercsi.reporting.ui;

import com.dealercsi.reporting.Dashboards;
import com.dealercsi.reporting.StoreLeagues;
import com.dealercsi.reporting.internal.DashboardPeriods;
import com.dealercsi.shared.ui.MainLayout;
import com.dealercsi.targets.Metric;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The store league: every store against its targets for a month, sortable by any figure, each with its trend
 * since the month before. For group and general managers who compare stores, and administrators.
 */
@Route(value = "league", layout = MainLayout.class)
@Menu(title = "league.nav", order = 1)
@RolesAllowed({"ADMIN", "GROUP_MANAGER", "GENERAL_MANAGER"})
@StyleSheet("targets.css")
public class LeagueView extends Main implements HasDynamicTitle {

    private final StoreLeagues leagues;
    private final Select<YearMonth> month = new Select<>();
    /** Empty: most figures on track first. */
    private final Select<Optional<Metric>> sort = new Select<>();

    private final Div list = new Div();

    public LeagueView(StoreLeagues leagues, Dashboards dashboards, Clock clock) {
        this.leagues = leagues;
        addClassNames("page", "league");
        var thisMonth = YearMonth.from(DashboardPeriods.today(dashboards.visibleStores(), clock));
        var names = DateTimeFormatter.ofPattern(getTranslation("league.monthPattern"), getLocale());
        month.setLabel(getTranslation("league.month"));
        month.setId("league-month");
        month.setItems(IntStream.range(0, 13).mapToObj(thisMonth::minusMonths).toList());
        month.setItemLabelGenerator(
                m -> m.equals(thisMonth) ? getTranslation("league.month.sofar", names.format(m)) : names.format(m));
        month.setValue(thisMonth);
        var orders = new ArrayList<Optional<Metric>>();
        orders.add(Optional.empty());
        List.of(Metric.values()).forEach(metric -> orders.add(Optional.of(metric)));
        sort.setLabel(getTranslation("league.sort"));
        sort.setId("league-sort");
        sort.setItems(orders);
        sort.setItemLabelGenerator(order ->
                order.map(metric -> getTranslation(metric.messageKey())).orElse(getTranslation("league.sort.onTrack")));
        sort.setValue(Optional.empty());
        var controls = new Div(month, sort);
        controls.addClassName("league-controls");
        list.addClassName("league-list");
        add(new H2(getTranslation("league.title")), new Paragraph(getTranslation("league.intro")), controls, list);
        month.addValueChangeListener(change -> refresh());
        sort.addValueChangeListener(change -> refresh());
        refresh();
    }

    private void refresh() {
        list.removeAll();
        var league = leagues.league(month.getValue());
        if (league.rows().isEmpty()) {
            list.add(new Paragraph(getTranslation("dashboard.noStores")));
            return;
        }
        var rows = sort.getValue().map(league::sortedBy).orElseGet(league::sortedByOnTrack);
        for (int i = 0; i < rows.size(); i++) {
            list.add(new LeagueCard(i + 1, rows.get(i)));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("league.title") + " · " + getTranslation("app.name");
    }
}
