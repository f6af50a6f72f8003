package com.dealercsi.plans.ui;

import com.dealercsi.plans.PlanDetails;
import com.dealercsi.plans.PlanSubjects;
import com.dealercsi.shared.ui.Formats;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** The weak-item form as filled in: subject, what is wrong, measures, owner, due date, status and result. */
class PlanFacts extends Div {

    PlanFacts(PlanDetails plan, PlanSubjects subjects) {
        addClassName("plan-facts-list");
        var locale = getLocale();
        var list = new DescriptionList();
        term(list, "plans.field.subject", subjects.describe(plan.row().subject(), locale));
        term(list, "plans.field.factor", subjects.factorName(plan.row().subject(), locale));
        term(list, "plans.field.store", plan.row().storeName());
        term(list, "plans.field.problem", plan.problem());
        term(list, "plans.field.measures", plan.measures());
        term(list, "plans.field.owner", plan.row().ownerName());
        var due = PlanWords.date(plan.dueDate(), locale);
        term(list, "plans.field.due", plan.row().overdue() ? getTranslation("plans.detail.overdueSince", due) : due);
        term(list, "plans.field.status", getTranslation(plan.status().messageKey()));
        term(
                list,
                "plans.field.opened",
                Formats.dateTime(plan.openedAt(), plan.zone(), locale) + " · " + plan.openedBy());
        if (plan.resultNote() != null) {
            term(
                    list,
                    plan.status().name().equals("CANCELLED") ? "plans.field.reason" : "plans.field.result",
                    plan.resultNote());
        }
        add(list);
    }

    private void term(DescriptionList list, String key, String value) {
        // what people typed is set as text, never as HTML
        var text = new Span(value);
        text.addClassName("plan-text");
        list.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(text));
    }
}
