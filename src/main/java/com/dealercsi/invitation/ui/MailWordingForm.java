package com.dealercsi.invitation.ui;

import com.dealercsi.invitation.MailWording;
import com.dealercsi.shared.Language;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.shared.HasValidationProperties;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.HasValueChangeMode;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Map;

/**
 * The four parts of a mail a store words itself, with the placeholders to tap into them; below them the page's
 * status line and buttons. What the user types is reported, so the preview can follow.
 */
final class MailWordingForm extends Div {

    private final TextField subject = new TextField();
    private final TextField greeting = new TextField();
    private final TextArea intro = new TextArea();
    private final TextArea closing = new TextArea();
    private final PlaceholderList placeholders = new PlaceholderList(this::insert);
    private final Runnable typed;
    /** Where a tapped placeholder goes: the field the user was last writing in. */
    private Component lastFocused = intro;

    MailWordingForm(Runnable typed, Component status, Component actions) {
        this.typed = typed;
        addClassName("mail-texts-form");
        field(subject, "subject", MailWording.SUBJECT_MAX);
        field(greeting, "greeting", MailWording.GREETING_MAX);
        field(intro, "intro", MailWording.INTRO_MAX);
        intro.setHelperText(getTranslation("invitation.texts.introHelp"));
        field(closing, "closing", MailWording.CLOSING_MAX);
        closing.setHelperText(getTranslation("invitation.texts.closingHelp"));
        add(subject, greeting, intro, closing, placeholders, status, actions);
    }

    MailWording wording() {
        return new MailWording(subject.getValue(), greeting.getValue(), intro.getValue(), closing.getValue());
    }

    /** Shows a saved or default wording, and the placeholders as they are written in its language. */
    void show(MailWording wording, Language language) {
        subject.setValue(wording.subject());
        greeting.setValue(wording.greeting());
        intro.setValue(wording.intro());
        closing.setValue(wording.closing());
        placeholders.show(language);
    }

    /** Marks what is wrong, the first problem of each field; true when nothing is. */
    boolean check(MailWording wording, Language language) {
        Map<String, HasValidationProperties> fields =
                Map.of("subject", subject, "greeting", greeting, "intro", intro, "closing", closing);
        fields.values().forEach(field -> field.setInvalid(false));
        var problems = wording.problems(language);
        for (var problem : problems) {
            var field = fields.get(problem.field());
            if (field != null && !field.isInvalid()) {
                field.setErrorMessage(
                        getTranslation(problem.messageKey(), problem.args().toArray()));
                field.setInvalid(true);
            }
        }
        return problems.isEmpty();
    }

    private void field(TextField field, String name, int max) {
        field.setMaxLength(max + 50); // a little room, so the sentence about the limit can appear
        common(field, name);
    }

    private void field(TextArea field, String name, int max) {
        field.setMaxLength(max + 200);
        common(field, name);
    }

    private <F extends Component & HasLabel & HasSize & HasValueChangeMode & Focusable<F> & HasValue<?, String>>
            void common(F field, String name) {
        field.setLabel(getTranslation("invitation.texts." + name));
        field.setWidthFull();
        field.setId("mail-texts-" + name);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setValueChangeTimeout(350);
        field.addFocusListener(focus -> lastFocused = field);
        field.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                typed.run();
            }
        });
    }

    /**
     * Puts the placeholder where the cursor was in the last field written in, as if typed: the field's input
     * event sends the new value, so validation and preview follow as they do for typing.
     */
    private void insert(String token) {
        lastFocused.getElement().executeJs("""
                const input = this.inputElement;
                const start = input.selectionStart ?? input.value.length;
                const end = input.selectionEnd ?? start;
                input.setRangeText($0, start, end, 'end');
                input.dispatchEvent(new Event('input', {bubbles: true}));
                input.focus();""", token);
    }
}
