package com.dealercsi.recovery.ui;

import com.dealercsi.recovery.CaseAction;
import com.dealercsi.recovery.CaseDetails;
import com.dealercsi.recovery.RecoveryCases;
import com.dealercsi.recovery.RecoveryStep;
import com.dealercsi.shared.Money;
import com.dealercsi.shared.Texts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.Map;

/**
 * One recovery step (apology, fix, empathy, atonement): whether it is done, by whom, and while the case is in
 * recovery its form, with the new repair order for the fix and what was given for the atonement.
 */
class StepCard extends Div {

    StepCard(CaseDetails details, RecoveryStep step, RecoveryCases cases, CaseChanges changes) {
        addClassName("case-step");
        setId("step-" + step.name());
        var done = details.step(step);
        var title = new H4(getTranslation("recovery.step." + step.name()));
        var state = new Span(
                done != null
                        ? getTranslation(
                                "recovery.step.done", done.doneBy(), CaseTime.of(done.doneAt(), details, getLocale()))
                        : details.missingSteps().contains(step)
                                ? getTranslation("recovery.step.todo")
                                : getTranslation("recovery.step.optional"));
        state.addClassName(done != null ? "step-done" : "step-todo");
        add(title, state, new Paragraph(getTranslation("recovery.step.hint." + step.name())));
        if (!details.allowedActions().contains(CaseAction.RECORD_STEP)) {
            if (done != null) {
                add(new Paragraph(describe(done)));
            }
            return;
        }
        var note = new TextArea(getTranslation("recovery.step.note"));
        note.setMaxLength(CaseDetailView.NOTE_LENGTH);
        note.setRequiredIndicatorVisible(true);
        note.setWidthFull();
        note.setId("step-" + step.name() + "-note");
        add(note);
        var ro = new TextField(getTranslation("recovery.step.newRo"));
        ro.setMaxLength(64);
        ro.setWidthFull(); // its label is long; a narrow field wrapped it onto two lines
        ro.setId("step-" + step.name() + "-ro");
        var what = new TextField(getTranslation("recovery.step.atonementWhat"));
        what.setMaxLength(200);
        what.setId("step-" + step.name() + "-what");
        var value = new BigDecimalField(getTranslation("recovery.step.atonementValue"));
        value.setPrefixComponent(new Span("¥"));
        value.setId("step-" + step.name() + "-value");
        if (done != null) {
            note.setValue(done.note());
            ro.setValue(done.newRoNumber() == null ? "" : done.newRoNumber());
            what.setValue(done.atonementWhat() == null ? "" : done.atonementWhat());
            value.setValue(done.atonementValueCny());
        }
        if (step == RecoveryStep.FIX) {
            add(ro);
        }
        if (step == RecoveryStep.ATONEMENT) {
            add(new Div(what, value));
        }
        var save = new Button(getTranslation(done == null ? "recovery.step.save" : "recovery.step.update"), click -> {
            if (note.getValue().isBlank()) {
                note.setErrorMessage(getTranslation("recovery.error.noteRequired"));
                note.setInvalid(true);
                return;
            }
            changes.run(
                    () -> cases.recordStep(
                            details.row().id(),
                            step,
                            note.getValue(),
                            ro.getValue(),
                            what.getValue(),
                            value.getValue()),
                    Map.of("note", note, "atonementWhat", what, "atonementValue", value));
        });
        save.setId("step-" + step.name() + "-save");
        add(save);
    }

    /** A done step in one line, for those who may read the case but not change it. */
    private static String describe(CaseDetails.Step step) {
        return Texts.dotted(Arrays.asList(
                step.note(),
                step.newRoNumber() == null ? "" : "RO " + step.newRoNumber(),
                step.atonementWhat() == null ? "" : step.atonementWhat(),
                step.atonementValueCny() == null ? "" : Money.cny(step.atonementValueCny())));
    }
}
