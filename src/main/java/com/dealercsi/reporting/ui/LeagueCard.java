package com.dealercsi.reporting.ui;

import com.dealercsi.reporting.StoreLeague;
import com.dealercsi.targets.Metric;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;

/** One store of the league: its rank, how many figures are on track, and each figure against target and trend. */
class LeagueCard extends Div {

    LeagueCard(int rank, StoreLeague.Row row) {
        addClassName("league-card");
        var title = new H3(getTranslation("league.rank", rank, row.store().name()));
        title.addClassName("league-store");
        var summary = new Span(
                getTranslation("league.onTrack", row.onTrack(), row.targets().size()));
        summary.addClassName("league-summary");
        add(title, summary);
        var figures = new Div();
        figures.addClassName("league-figures");
        for (var metric : Metric.values()) {
            figures.add(figure(metric, row));
        }
        add(figures);
    }

    private Div figure(Metric metric, StoreLeague.Row row) {
        var label = new Span(getTranslation(metric.messageKey()));
        label.addClassName("league-label");
        var shown = MetricFormat.of(metric, row.value(metric));
        var value = new Span(shown);
        value.addClassName("league-value");
        var figure = new Div(
                label,
                value,
                new TargetMark(metric, shown, row.target(metric), row.track(metric)),
                new TrendArrow(
                        row.value(metric),
                        row.previousValue(metric),
                        MetricFormat.of(metric, row.previousValue(metric))));
        figure.addClassNames("league-figure", "league-" + metric.name().toLowerCase(java.util.Locale.ROOT));
        return figure;
    }
}
