package com.dealercsi.plans.ui;

import com.dealercsi.plans.PlanEffect;
import com.dealercsi.plans.PlanSubjects;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.util.List;

/** The dashboard's plans: each running or lately completed plan with its factor's CSI before and since it started. */
@com.vaadin.flow.component.dependency.StyleSheet("plans.css")
class PlanEffectsPanel extends Section {

    PlanEffectsPanel(List<PlanEffect> effects, PlanSubjects subjects) {
        addClassNames("dashboard-section", "plan-effects");
        setId("plan-effects");
        add(new H3(getTranslation("plans.dashboard.title")), new Paragraph(getTranslation("plans.effect.explained")));
        for (var effect : effects) {
            var plan = effect.plan();
            var link = new Anchor("plans/" + plan.id(), subjects.describe(plan.subject(), getLocale()));
            link.addClassName("plan-link");
            var facts = new Paragraph(getTranslation(
                    "plans.dashboard.facts",
                    plan.storeName(),
                    plan.ownerName(),
                    getTranslation(plan.status().messageKey()),
                    PlanWords.date(plan.dueDate(), getLocale())));
            facts.addClassName("plan-facts");
            var card = new Div(link, facts, new BeforeAfterBox(effect.beforeAfter(), getLocale()));
            card.addClassName("plan-effect");
            add(card);
        }
    }
}
