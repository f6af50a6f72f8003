package com.dealercsi.reporting.ui;

import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;

/**
 * A figure's move since the previous period in an arrow and words ("▲ up 12", "▼ down 3.5", "no change"), so
 * the direction never rests on colour; screen readers hear the same words with the previous figure.
 */
class TrendArrow extends Span {

    TrendArrow(@Nullable Double now, @Nullable Double before, String previousShown) {
        var change = Change.between(now, before);
        addClassNames("trend-arrow", change.direction());
        String words;
        if (change.delta() == null) {
            words = getTranslation("league.trend.unknown");
        } else if (change.direction().equals("flat")) {
            words = getTranslation("league.trend.flat");
        } else {
            var amount = change.suffix().replaceAll("[^0-9.]", "");
            words = getTranslation(change.direction().equals("up") ? "league.trend.up" : "league.trend.down", amount);
        }
        setText(words);
        getElement().setAttribute("role", "img");
        getElement().setAttribute("aria-label", getTranslation("league.trend.label", words, previousShown));
    }
}
