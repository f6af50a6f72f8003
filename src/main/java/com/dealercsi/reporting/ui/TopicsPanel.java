package com.dealercsi.reporting.ui;

import com.dealercsi.reporting.Dashboard;
import com.dealercsi.reporting.Dashboards;
import com.dealercsi.shared.ui.Formats;
import com.dealercsi.topics.TopicFigure;
import com.dealercsi.topics.TopicFigures;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.VaadinService;
import java.util.List;

/**
 * What owners' comments speak of in the period: each topic's mentions against the period before, the share of them
 * that is negative and the CSI of the answers that mention it, then the comments about a chosen topic. Store-wide,
 * so an advisor's own view leaves it out.
 */
@StyleSheet("topics.css")
class TopicsPanel extends DashboardSection {

    static final int COMMENTS_SHOWN = 20;

    /** Asks for its services itself, so that the dashboard, which other panels also join, gains only one line. */
    TopicsPanel(Dashboard dashboard) {
        this(
                dashboard,
                VaadinService.getCurrent().getInstantiator().getOrCreate(TopicFigures.class),
                VaadinService.getCurrent().getInstantiator().getOrCreate(Dashboards.class));
    }

    TopicsPanel(Dashboard dashboard, TopicFigures topicFigures, Dashboards dashboards) {
        super("dashboard.topics");
        addClassName("topics-panel");
        if (dashboard.ownResultsOnly()) {
            setVisible(false);
            return;
        }
        var filter = dashboard.filter();
        var figures = topicFigures.figures(filter.storeIds(), filter.from(), filter.to());
        if (figures.stream().allMatch(figure -> figure.mentions() == 0)) {
            add(new Paragraph(getTranslation("dashboard.topics.empty")));
        } else {
            var note = new Paragraph(getTranslation("dashboard.topics.note"));
            note.addClassName("note");
            add(table(figures), note, PlanLinks.forTopics(dashboard, figures));
        }
        add(new TopicComments(
                figures.stream().map(TopicFigure::topic).toList(),
                topic -> dashboards.commentsOf(
                        filter,
                        topicFigures.latestAnswers(
                                topic, filter.storeIds(), filter.from(), filter.to(), COMMENTS_SHOWN))));
    }

    private ReportTable table(List<TopicFigure> figures) {
        var table = new ReportTable(
                "dashboard.topics.topic",
                "dashboard.topics.mentions",
                "dashboard.topics.change",
                "dashboard.topics.negative",
                "dashboard.topics.csi");
        table.addClassName("topics-table");
        for (var figure : figures) {
            if (figure.mentions() == 0) {
                continue;
            }
            var negative = figure.negativeShare();
            table.row(
                    getTranslation(figure.topic().messageKey()),
                    String.valueOf(figure.mentions()),
                    change(figure.change()),
                    negative == null ? "–" : Math.round(negative) + " %",
                    Formats.score(figure.csi()));
        }
        return table;
    }

    /** Words, not colour: "▲ 3 more", "▼ 2 fewer", "= same". */
    private String change(long change) {
        if (change > 0) {
            return getTranslation("dashboard.topics.change.more", change);
        }
        if (change < 0) {
            return getTranslation("dashboard.topics.change.fewer", -change);
        }
        return getTranslation("dashboard.topics.change.same");
    }
}
