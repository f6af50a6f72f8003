package com.dealercsi.admin.ui;

import com.dealercsi.admin.PrivacyNotices;
import com.dealercsi.shared.ui.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * One notice in one language: its text, whether it is the store's own or the default, and the ways on (save, back
 * to the default, see it as owners do). A refused text stays in the field with the reason under it.
 */
final class NoticeForm extends Div {

    private final TextArea text = new TextArea();
    private final Paragraph status = new Paragraph();
    private final Button reset = new Button();
    private final Anchor open = new Anchor();
    private PrivacyNotices.@Nullable Notice shown;

    NoticeForm(Consumer<String> save, Runnable reset) {
        addClassName("privacy-notice-form");
        text.setLabel(getTranslation("notice.edit.text"));
        text.setId("privacy-notice-text");
        text.setMaxLength(PrivacyNotices.MAX_LENGTH);
        text.setWidthFull();
        text.addValueChangeListener(change -> text.setInvalid(false));
        status.setId("privacy-notice-status");
        status.addClassName("privacy-notice-status");
        var saveButton = new Button(getTranslation("notice.edit.save"), click -> save.accept(text.getValue()));
        saveButton.addThemeVariants(ButtonVariant.PRIMARY);
        saveButton.setId("privacy-notice-save");
        this.reset.setText(getTranslation("notice.edit.reset"));
        this.reset.setId("privacy-notice-reset");
        this.reset.addClickListener(click -> confirmReset(reset));
        open.setText(getTranslation("notice.edit.open"));
        open.setTarget(AnchorTarget.BLANK);
        open.setId("privacy-notice-open");
        open.addClassName("privacy-notice-open");
        var actions = new Div(saveButton, this.reset, open);
        actions.addClassName("privacy-notice-actions");
        add(status, text, actions);
    }

    void show(PrivacyNotices.Notice notice) {
        shown = notice;
        text.setValue(notice.text());
        text.setInvalid(false);
        status.setText(
                notice.custom() && notice.savedAt() != null
                        ? getTranslation(
                                "notice.edit.custom",
                                Formats.dateTime(
                                        notice.savedAt(), notice.store().timeZone(), getLocale()),
                                notice.savedBy())
                        : getTranslation("notice.edit.default"));
        reset.setEnabled(notice.custom());
        open.setHref(PrivacyNotices.path(notice.store().id()).substring(1) + "?lang="
                + notice.language().tag());
    }

    void refuse(String reason) {
        text.setErrorMessage(reason);
        text.setInvalid(true);
        text.focus();
    }

    private void confirmReset(Runnable reset) {
        if (shown == null) {
            return;
        }
        var confirm = new ConfirmDialog(
                getTranslation("notice.edit.reset"),
                getTranslation(
                        "notice.edit.resetConfirm",
                        shown.store().name(),
                        getTranslation("notice.edit.lang." + shown.language().name())),
                getTranslation("notice.edit.resetConfirmButton"),
                confirmed -> reset.run());
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("notice.edit.cancel"));
        confirm.open();
    }
}
