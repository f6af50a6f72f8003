package com.dealercsi.plans.ui;

import com.dealercsi.plans.ActionPlans;
import com.dealercsi.plans.PlanAction;
import com.dealercsi.plans.PlanDetails;
import com.dealercsi.plans.PlanRuleViolation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;

/**
 * A button for each change the plan allows the viewer now. Completing asks for the result and cancelling for the
 * reason, a new due date for the date, in a small form that opens under the buttons and keeps what was typed when
 * the change is refused.
 */
class PlanButtons extends Div {

    private final ActionPlans plans;
    private final PlanDetails plan;
    private final Runnable reload;
    private final Div form = new Div();

    PlanButtons(ActionPlans plans, PlanDetails plan, LocalDate today, Runnable reload) {
        this.plans = plans;
        this.plan = plan;
        this.reload = reload;
        addClassName("plan-actions");
        var buttons = new Div();
        buttons.addClassName("plan-buttons");
        if (plan.allowed().contains(PlanAction.START)) {
            var start = new Button(getTranslation("plans.action.start"), click -> act(() -> plans.start(plan.id())));
            start.addThemeVariants(ButtonVariant.PRIMARY);
            start.setId("plan-start");
            buttons.add(start);
        }
        if (plan.allowed().contains(PlanAction.COMPLETE)) {
            buttons.add(button(
                    "plan-complete",
                    "plans.action.complete",
                    () -> note(
                            "plans.field.result",
                            "plans.action.completeConfirm",
                            text -> plans.complete(plan.id(), text))));
        }
        if (plan.allowed().contains(PlanAction.CHANGE_DUE)) {
            buttons.add(button("plan-change-due", "plans.action.changeDue", () -> due(today)));
        }
        if (plan.allowed().contains(PlanAction.REVISE)) {
            buttons.add(button("plan-revise", "plans.action.revise", () -> {
                form.removeAll();
                form.add(new PlanRevision(plans, plan, reload));
            }));
        }
        if (plan.allowed().contains(PlanAction.CANCEL)) {
            buttons.add(button(
                    "plan-cancel",
                    "plans.action.cancel",
                    () -> note(
                            "plans.field.reason",
                            "plans.action.cancelConfirm",
                            text -> plans.cancel(plan.id(), text))));
        }
        form.addClassName("plan-change-form");
        add(buttons, form);
        setVisible(buttons.getComponentCount() > 0);
    }

    private Button button(String id, String key, Runnable open) {
        var button = new Button(getTranslation(key), click -> open.run());
        button.setId(id);
        return button;
    }

    private void note(String labelKey, String confirmKey, java.util.function.Consumer<String> change) {
        form.removeAll();
        var text = new TextArea(getTranslation(labelKey));
        text.setMaxLength(2000);
        text.setRequiredIndicatorVisible(true);
        text.setId("plan-note");
        var confirm = new Button(getTranslation(confirmKey), click -> {
            try {
                change.accept(text.getValue());
                reload.run();
            } catch (PlanRuleViolation violation) {
                text.setInvalid(true);
                text.setErrorMessage(
                        getTranslation(violation.problems().getFirst().messageKey()));
            }
        });
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        confirm.setId("plan-note-confirm");
        form.add(text, confirm);
        text.focus();
    }

    private void due(LocalDate today) {
        form.removeAll();
        var date = new DatePicker(getTranslation("plans.field.newDue"));
        date.setMin(today);
        date.setValue(plan.dueDate());
        date.setId("plan-new-due");
        var confirm = new Button(getTranslation("plans.action.changeDueConfirm"), click -> {
            try {
                if (date.getValue() == null) {
                    throw new PlanRuleViolation("due", "plans.error.dueRequired");
                }
                plans.changeDue(plan.id(), date.getValue());
                reload.run();
            } catch (PlanRuleViolation violation) {
                date.setInvalid(true);
                date.setErrorMessage(
                        getTranslation(violation.problems().getFirst().messageKey()));
            }
        });
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        confirm.setId("plan-due-confirm");
        form.add(date, confirm);
    }

    private void act(Runnable change) {
        try {
            change.run();
            reload.run();
        } catch (PlanRuleViolation violation) {
            form.removeAll();
            form.add(new com.vaadin.flow.component.html.Paragraph(
                    getTranslation(violation.problems().getFirst().messageKey())));
        }
    }
}
