package com.dealercsi.reporting.ui;

import com.dealercsi.reporting.Dashboard;
import com.dealercsi.shared.Language;
import com.dealercsi.shared.ui.Formats;
import com.dealercsi.survey.Questionnaire;
import java.util.ArrayList;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** The five factors now and before, each with its two weakest items: where to start improving. */
class FactorPanel extends DashboardSection {

    private static final int WEAKEST_SHOWN = 2;

    /** @param standard the questionnaire whose items the read model's columns are, so it names them */
    FactorPanel(Dashboard dashboard, Questionnaire standard) {
        super("dashboard.factors");
        var labels = new ArrayList<String>();
        var values = new ArrayList<@Nullable Double>();
        var previous = new ArrayList<@Nullable Double>();
        var table = new ReportTable(
                "dashboard.factors.factor",
                "dashboard.factors.score",
                "dashboard.factors.previous",
                "dashboard.factors.weakest");
        var language = Language.of(getLocale());
        for (var factor : dashboard.factors()) {
            var name = getTranslation(factor.factor().messageKey());
            labels.add(name);
            values.add(factor.score());
            previous.add(factor.previousScore());
            var weakest = factor.itemsWeakestFirst().stream()
                    .limit(WEAKEST_SHOWN)
                    .map(item -> standard.item(item.itemId())
                                    .map(i -> i.text(language))
                                    .orElse(item.itemId()) + " " + Formats.score(item.score()))
                    .collect(Collectors.joining(" · "));
            table.row(name, Formats.score(factor.score()), Formats.score(factor.previousScore()), weakest);
        }
        add(chart(SvgCharts.bars(getTranslation("dashboard.factors.chart"), labels, values, previous, 1000)), table);
        add(new PlanLinks(dashboard, standard));
    }
}
