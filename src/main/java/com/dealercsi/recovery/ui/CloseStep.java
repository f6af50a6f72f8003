package com.dealercsi.recovery.ui;

import com.dealercsi.alerting.AlertLevel;
import com.dealercsi.recovery.CaseAction;
import com.dealercsi.recovery.CaseDetails;
import com.dealercsi.recovery.Causes;
import com.dealercsi.recovery.FollowUpOutcome;
import com.dealercsi.recovery.RecoveryCases;
import com.dealercsi.recovery.RecoveryStep;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The last step, the follow-up call that closes the case: how it ended and the owner's survey answer once closed,
 * the steps still missing before, and the closing form with the root causes and the follow-up survey offer.
 */
class CloseStep extends Div {

    CloseStep(CaseDetails details, RecoveryCases cases, Causes causes, CaseChanges changes) {
        addClassName("case-step");
        setId("step-FOLLOW_UP");
        add(
                new H4(getTranslation("recovery.step.FOLLOW_UP")),
                new Paragraph(getTranslation("recovery.step.hint.FOLLOW_UP")));
        var followUp = details.step(RecoveryStep.FOLLOW_UP);
        var outcome = details.outcome();
        if (followUp != null && outcome != null) {
            var closed = new Paragraph(
                    getTranslation("recovery.detail.closedAs", getTranslation("recovery.outcome." + outcome.name())));
            closed.addClassName("step-done");
            add(closed, new Paragraph(followUp.note()));
            if (!details.causes().isEmpty()) {
                var named = new Paragraph(getTranslation(
                        "causes.closedWith",
                        details.causes().stream()
                                .map(cause -> cause.name(getLocale()))
                                .collect(Collectors.joining(getTranslation("causes.separator")))));
                named.setId("case-causes");
                add(named);
            }
            if (details.followUp() != null) {
                add(new FollowUpSurveyBox(details.followUp(), details));
            }
            return;
        }
        if (details.row().status().isClosed()) {
            return;
        }
        if (!details.allowedActions().contains(CaseAction.CLOSE)) {
            add(new Paragraph(getTranslation(
                    "recovery.detail.missingSteps",
                    details.missingSteps().stream()
                            .map(step -> getTranslation("recovery.step." + step.name()))
                            .collect(Collectors.joining(", ")))));
            return;
        }
        form(details, cases, causes, changes);
    }

    private void form(CaseDetails details, RecoveryCases cases, Causes causes, CaseChanges changes) {
        var outcome = new RadioButtonGroup<FollowUpOutcome>(getTranslation("recovery.close.outcome"));
        outcome.setItems(FollowUpOutcome.values());
        outcome.setItemLabelGenerator(o -> getTranslation("recovery.outcome." + o.name()));
        outcome.setRequiredIndicatorVisible(true);
        outcome.setId("close-outcome");
        var note = new TextArea(getTranslation("recovery.close.note"));
        note.setMaxLength(CaseDetailView.NOTE_LENGTH);
        note.setRequiredIndicatorVisible(true);
        note.setWidthFull();
        note.setId("close-note");
        var causePicker = new CausePicker(causes.offered());
        var sendFollowUp = new Checkbox(getTranslation("recovery.close.followUp", cases.followUpDelayDays()));
        sendFollowUp.setId("close-follow-up");
        sendFollowUp.addClassName("close-follow-up");
        var close = new Button(getTranslation("recovery.action.close"), click -> {
            outcome.setInvalid(outcome.getValue() == null);
            outcome.setErrorMessage(getTranslation("recovery.error.outcomeRequired"));
            note.setInvalid(note.getValue().isBlank());
            note.setErrorMessage(getTranslation("recovery.error.followUpNoteRequired"));
            causePicker.setErrorMessage(getTranslation("causes.error.required"));
            boolean causeMissing = details.row().level() != AlertLevel.INFO
                    && causePicker.selected().isEmpty();
            causePicker.setInvalid(causeMissing);
            if (outcome.getValue() != null && !note.getValue().isBlank() && !causeMissing) {
                changes.run(
                        () -> cases.close(
                                details.row().id(),
                                outcome.getValue(),
                                note.getValue(),
                                causePicker.selected(),
                                sendFollowUp.getValue()),
                        Map.of("note", note, "causes", causePicker));
            }
        });
        close.addThemeVariants(ButtonVariant.PRIMARY);
        close.setId("close-case");
        // on by default when the owner can get the survey; otherwise off, and the form says why
        var offer = cases.followUpOffer(details.row().id());
        sendFollowUp.setValue(offer.possible());
        sendFollowUp.setEnabled(offer.possible());
        add(outcome, note, causePicker, sendFollowUp);
        if (!offer.possible()) {
            var why = new Paragraph(getTranslation("recovery.followUp.offer." + offer.name()));
            why.setId("close-follow-up-why");
            why.addClassName("follow-up-why");
            add(why);
        }
        add(close);
    }
}
