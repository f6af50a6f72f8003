package com.dealercsi.plans.ui;

import com.dealercsi.plans.ActionPlans;
import com.dealercsi.plans.PlanSubjects;
import com.dealercsi.shared.ui.MainLayout;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One plan: the form as filled in, the subject factor's CSI before and since, a button for each change the viewer
 * may make now, and the history. The rules live in the plan; this view asks and shows, afresh after every change.
 */
@Route(value = "plans/:planId", layout = MainLayout.class)
@PermitAll
@StyleSheet("plans.css")
public class PlanDetailView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ActionPlans plans;
    private final PlanSubjects subjects;
    private final Clock clock;
    private @Nullable UUID planId;

    public PlanDetailView(ActionPlans plans, PlanSubjects subjects, Clock clock) {
        this.plans = plans;
        this.subjects = subjects;
        this.clock = clock;
        addClassNames("page", "plans", "plan-detail");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            planId = UUID.fromString(event.getRouteParameters().get("planId").orElse(""));
        } catch (IllegalArgumentException e) {
            planId = null;
        }
        reload();
    }

    private void reload() {
        removeAll();
        var back = new Anchor("plans", getTranslation("plans.detail.back"));
        back.addClassName("plan-back");
        var plan = planId == null ? null : plans.get(planId).orElse(null);
        if (plan == null) {
            add(back, new H2(getTranslation("plans.detail.title")), new Paragraph(getTranslation("plans.detail.none")));
            return;
        }
        var today = clock.instant().atZone(plan.zone()).toLocalDate();
        var title = new H2(subjects.describe(plan.row().subject(), getLocale()));
        title.setId("plan-title");
        add(
                back,
                title,
                new PlanFacts(plan, subjects),
                new PlanButtons(plans, plan, today, this::reload),
                new H3(getTranslation("plans.effect.title")),
                new Paragraph(getTranslation("plans.effect.explained")),
                new BeforeAfterBox(plan.beforeAfter(), getLocale()),
                new H3(getTranslation("plans.detail.history")),
                new PlanHistory(plan));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("plans.detail.title") + " · " + getTranslation("app.name");
    }
}
