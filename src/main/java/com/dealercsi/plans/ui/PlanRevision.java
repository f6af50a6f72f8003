package com.dealercsi.plans.ui;

import com.dealercsi.admin.StaffRef;
import com.dealercsi.plans.ActionPlans;
import com.dealercsi.plans.PlanDetails;
import com.dealercsi.plans.PlanRuleViolation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;

/** A manager changes what is wrong, the measures or the owner of a running plan; refused input stays as typed. */
class PlanRevision extends Div {

    PlanRevision(ActionPlans plans, PlanDetails plan, Runnable reload) {
        addClassName("plan-fields");
        var problem = new TextArea(getTranslation("plans.field.problem"));
        problem.setValue(plan.problem());
        problem.setMaxLength(2000);
        problem.setId("plan-revise-problem");
        var measures = new TextArea(getTranslation("plans.field.measures"));
        measures.setValue(plan.measures());
        measures.setMaxLength(4000);
        measures.setId("plan-revise-measures");
        var owner = new ComboBox<StaffRef>(getTranslation("plans.field.owner"));
        var staff = plans.possibleOwners(plan.row().storeId());
        owner.setItems(staff);
        owner.setItemLabelGenerator(StaffRef::name);
        staff.stream()
                .filter(member -> member.id().equals(plan.ownerStaffId()))
                .findFirst()
                .ifPresent(owner::setValue);
        owner.setId("plan-revise-owner");
        var save = new Button(getTranslation("plans.action.reviseConfirm"), click -> {
            try {
                if (owner.getValue() == null) {
                    throw new PlanRuleViolation("owner", "plans.error.ownerRequired");
                }
                plans.revise(
                        plan.id(),
                        problem.getValue(),
                        measures.getValue(),
                        owner.getValue().id());
                reload.run();
            } catch (PlanRuleViolation violation) {
                for (var refused : violation.problems()) {
                    var message = getTranslation(refused.messageKey());
                    switch (refused.field()) {
                        case "problem" -> {
                            problem.setInvalid(true);
                            problem.setErrorMessage(message);
                        }
                        case "measures" -> {
                            measures.setInvalid(true);
                            measures.setErrorMessage(message);
                        }
                        default -> {
                            owner.setInvalid(true);
                            owner.setErrorMessage(message);
                        }
                    }
                }
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("plan-revise-confirm");
        add(problem, measures, owner, save);
    }
}
