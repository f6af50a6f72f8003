package com.dealercsi.recovery.ui;

import com.dealercsi.recovery.CaseAction;
import com.dealercsi.recovery.CaseDetails;
import com.dealercsi.recovery.ContactChannel;
import com.dealercsi.recovery.ContactResult;
import com.dealercsi.recovery.RecoveryCases;
import com.dealercsi.shared.ui.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

/** Every try to reach the owner, and while the case is open the form to log the next one. */
class ContactAttempts extends Div {

    ContactAttempts(CaseDetails details, RecoveryCases cases, CaseChanges changes) {
        addClassName("case-attempts");
        if (details.attempts().isEmpty()) {
            add(new Paragraph(getTranslation("recovery.detail.noAttempts")));
        }
        var zone = details.store().timeZone();
        for (var attempt : details.attempts()) {
            var line = new Div(new Span(getTranslation(
                    "recovery.attempt.line",
                    Formats.dateTime(attempt.at(), zone, getLocale()),
                    getTranslation("recovery.channel." + attempt.channel().name()),
                    getTranslation("recovery.result." + attempt.result().name()),
                    attempt.by())));
            if (!attempt.note().isEmpty()) {
                line.add(new Paragraph(attempt.note()));
            }
            line.addClassName("case-line");
            add(line);
        }
        if (details.allowedActions().contains(CaseAction.LOG_ATTEMPT)) {
            add(form(details, cases, changes));
        }
    }

    private Div form(CaseDetails details, RecoveryCases cases, CaseChanges changes) {
        var channel = new Select<ContactChannel>();
        channel.setLabel(getTranslation("recovery.attempt.channel"));
        channel.setItems(ContactChannel.values());
        channel.setItemLabelGenerator(c -> getTranslation("recovery.channel." + c.name()));
        channel.setValue(ContactChannel.PHONE);
        channel.setId("attempt-channel");
        var result = new RadioButtonGroup<ContactResult>(getTranslation("recovery.attempt.result"));
        result.setItems(ContactResult.values());
        result.setItemLabelGenerator(r -> getTranslation("recovery.result." + r.name()));
        result.setValue(ContactResult.REACHED);
        result.setId("attempt-result");
        var note = new TextField(getTranslation("recovery.attempt.note"));
        note.setMaxLength(CaseDetailView.NOTE_LENGTH);
        note.setId("attempt-note");
        var log = new Button(
                getTranslation("recovery.action.logAttempt"),
                click -> changes.run(() ->
                        cases.logAttempt(details.row().id(), channel.getValue(), result.getValue(), note.getValue())));
        log.setId("log-attempt");
        var form = new Div(channel, result, note, log);
        form.addClassName("case-form");
        if (details.unsuccessfulAttempts() > 0) {
            form.add(new Paragraph(
                    getTranslation("recovery.detail.unreachableHint", CaseAction.UNREACHABLE_AFTER_ATTEMPTS)));
        }
        return form;
    }
}
