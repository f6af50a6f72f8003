package com.dealercsi.plans.ui;

import com.dealercsi.plans.BeforeAfter;
import com.dealercsi.shared.ui.Formats;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;

/**
 * The subject factor's score before the plan and since, each with its days and its number of answers, and the
 * change in words with an arrow (not colour alone).
 */
class BeforeAfterBox extends Div {

    BeforeAfterBox(BeforeAfter figures, Locale locale) {
        addClassName("plan-before-after");
        var factor = getTranslation(figures.factor().messageKey());
        add(
                side("plans.effect.before", factor, figures.before(), locale),
                side("plans.effect.after", factor, figures.after(), locale));
        var change = figures.change();
        var text = change == null
                ? getTranslation("plans.effect.noChange")
                : Math.round(change) > 0
                        ? getTranslation("plans.effect.up", Formats.score(change))
                        : Math.round(change) < 0
                                ? getTranslation("plans.effect.down", Formats.score(-change))
                                : getTranslation("plans.effect.same");
        var line = new Span(text);
        line.addClassName("plan-change");
        if (change != null && Math.round(change) != 0) {
            line.addClassName(change > 0 ? "plan-change-up" : "plan-change-down");
        }
        add(line);
    }

    private Div side(String key, String factor, BeforeAfter.Period period, Locale locale) {
        var title = new Span(
                period.days() == 1
                        ? getTranslation(key + "Day", PlanWords.date(period.from(), locale))
                        : getTranslation(
                                key,
                                PlanWords.date(period.from(), locale),
                                PlanWords.date(period.to(), locale),
                                period.days()));
        title.addClassName("plan-period");
        var score = new Span(
                period.score() == null ? getTranslation("plans.effect.noAnswers") : Formats.score(period.score()));
        score.addClassName("plan-score");
        if (period.score() == null) {
            // words, not a figure: smaller, so they fit a narrow box
            score.addClassName("plan-score-none");
        }
        score.getElement()
                .setAttribute(
                        "aria-label",
                        getTranslation(
                                "plans.effect.aria",
                                factor,
                                period.score() == null ? "–" : Formats.score(period.score()),
                                period.answers()));
        var answers = new Span(getTranslation("plans.effect.answers", period.answers()));
        answers.addClassName("plan-answers");
        var box = new Div(title, score, answers);
        box.addClassName("plan-side");
        return box;
    }
}
