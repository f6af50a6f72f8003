package com.dealercsi.plans.ui;

import com.dealercsi.plans.PlanDetails;
import com.dealercsi.shared.ui.Formats;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;

/** Every change to the plan with its time and who made it, read as a list by screen readers. */
class PlanHistory extends Div {

    PlanHistory(PlanDetails plan) {
        addClassName("plan-history");
        setId("plan-history");
        getElement().setAttribute("role", "list");
        for (var change : plan.history()) {
            var parts = new ArrayList<Span>(List.of(
                    new Span(Formats.dateTime(change.at(), plan.zone(), getLocale())),
                    new Span(change.actor()),
                    new Span(getTranslation("plans.history." + change.action()))));
            if (!change.detail().isBlank()) {
                parts.add(new Span(PlanWords.detail(change.detail(), getLocale())));
            }
            var entry = new Div(parts.toArray(Span[]::new));
            entry.addClassName("plan-line");
            entry.getElement().setAttribute("role", "listitem");
            add(entry);
        }
    }
}
