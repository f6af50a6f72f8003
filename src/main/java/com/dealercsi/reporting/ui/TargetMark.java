package com.dealercsi.reporting.ui;

import com.dealercsi.targets.Metric;
import com.dealercsi.targets.Track;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;

/**
 * A figure against its target: "Target 900" and a mark with an icon and a word ("✓ On track", "✗ Off track"),
 * coloured as well but never by colour alone; screen readers read one sentence with the figure and the target.
 */
class TargetMark extends Span {

    TargetMark(Metric metric, String shownValue, @Nullable Double target, Track track) {
        addClassNames("target-mark", track.cssClass());
        if (target == null) {
            var none = new Span(getTranslation("targets.track.noTarget"));
            none.addClassName("target-none");
            add(none);
            return;
        }
        var goal = new Span(getTranslation("targets.mark.target", metric.format(target)));
        goal.addClassName("target-goal");
        var icon = new Span(track.icon());
        icon.addClassName("target-icon");
        icon.getElement().setAttribute("aria-hidden", "true");
        var word = new Span(getTranslation(track.messageKey()));
        word.addClassName("target-word");
        var mark = new Span(icon, new Text(" "), word);
        mark.addClassNames("target-track", track.cssClass());
        mark.getElement().setAttribute("role", "img");
        mark.getElement()
                .setAttribute(
                        "aria-label",
                        getTranslation(
                                "targets.mark.label",
                                getTranslation(metric.messageKey()),
                                shownValue,
                                metric.format(target),
                                getTranslation(track.messageKey())));
        add(goal, mark);
    }
}
