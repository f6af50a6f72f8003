package com.dealercsi.plans.ui;

import com.dealercsi.plans.ActionPlans;
import com.dealercsi.plans.PlanSubjects;
import com.dealercsi.shared.ui.DashboardContribution;
import com.vaadin.flow.component.Component;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.core.annotation.Order;

/** Adds the plan panel to the dashboard for those who manage plans, when the shown stores have any. */
@org.springframework.stereotype.Component
@Order(50)
class PlansOnDashboard implements DashboardContribution {

    private final ActionPlans plans;
    private final PlanSubjects subjects;

    PlansOnDashboard(ActionPlans plans, PlanSubjects subjects) {
        this.plans = plans;
        this.subjects = subjects;
    }

    @Override
    public Optional<Component> panel(Set<UUID> storeIds, LocalDate from, LocalDate to) {
        var effects = plans.effects(storeIds, from);
        return effects.isEmpty() ? Optional.empty() : Optional.of(new PlanEffectsPanel(effects, subjects));
    }
}
