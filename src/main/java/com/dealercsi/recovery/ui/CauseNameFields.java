package com.dealercsi.recovery.ui;

import com.dealercsi.recovery.CaseRuleViolation;
import com.dealercsi.recovery.Cause;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;

/** A cause's two names, English and Chinese, each a labelled field that says at itself what is wrong. */
class CauseNameFields extends Div {

    private final TextField english = new TextField();
    private final TextField chinese = new TextField();

    CauseNameFields(String idPrefix) {
        addClassName("cause-names");
        english.setLabel(getTranslation("causes.nameEn"));
        chinese.setLabel(getTranslation("causes.nameZh"));
        for (var field : new TextField[] {english, chinese}) {
            field.setMaxLength(Cause.NAME_LENGTH);
            field.setRequiredIndicatorVisible(true);
        }
        english.setId(idPrefix + "-en");
        chinese.setId(idPrefix + "-zh");
        add(english, chinese);
    }

    CauseNameFields(String idPrefix, String nameEn, String nameZh) {
        this(idPrefix);
        english.setValue(nameEn);
        chinese.setValue(nameZh);
    }

    String english() {
        return english.getValue();
    }

    String chinese() {
        return chinese.getValue();
    }

    void clear() {
        english.clear();
        chinese.clear();
        english.setInvalid(false);
        chinese.setInvalid(false);
    }

    /** Says a refusal at the field it names, or in a sentence; what was typed stays. */
    void show(CaseRuleViolation refused) {
        english.setInvalid(false);
        chinese.setInvalid(false);
        var field = refused.field()
                .map(name -> name.equals("nameZh") ? chinese : name.equals("nameEn") ? english : null)
                .orElse(null);
        if (field == null) {
            Notification.show(getTranslation(refused.messageKey()), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.ERROR);
            return;
        }
        field.setErrorMessage(getTranslation(refused.messageKey()));
        field.setInvalid(true);
        field.focus();
    }
}
