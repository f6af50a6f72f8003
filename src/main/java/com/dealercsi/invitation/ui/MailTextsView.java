package com.dealercsi.invitation.ui;

import com.dealercsi.invitation.InvitationMailTexts;
import com.dealercsi.invitation.MailWording;
import com.dealercsi.shared.Language;
import com.dealercsi.shared.ui.Formats;
import com.dealercsi.shared.ui.MainLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.springframework.mail.MailException;

/**
 * Where a store's managers word the invitation and the reminder, per language, and see the real mail change as
 * they type. The preview is the rendered mail itself, in a frame that may run nothing and open nothing.
 */
@Route(value = "invitation-mail-texts", layout = MainLayout.class)
@Menu(title = "invitation.texts.nav", order = 7)
@RolesAllowed({"ADMIN", "GROUP_MANAGER", "GENERAL_MANAGER", "STORE_MANAGER"})
public class MailTextsView extends Main implements HasDynamicTitle {

    private final InvitationMailTexts service;
    private final Paragraph status = new Paragraph();
    private final Button reset = new Button();
    private final MailPreview preview = new MailPreview();
    private @Nullable MailTextChoice choice;
    private @Nullable MailWordingForm form;
    /** What the form showed when it was loaded, to tell whether switching would lose changes. */
    private MailWording loaded = new MailWording("", "", "", "");

    public MailTextsView(InvitationMailTexts service) {
        this.service = service;
        addClassNames("page", "mail-texts");
        add(new H2(getTranslation("invitation.texts.title")));
        var stores = service.editableStores();
        if (stores.isEmpty()) {
            add(new Paragraph(getTranslation("invitation.texts.noStore")));
            return;
        }
        var lead = new Paragraph(getTranslation("invitation.texts.lead"));
        lead.addClassName("mail-texts-lead");
        var choice = new MailTextChoice(stores, Language.of(getLocale()), this::switchTo);
        this.choice = choice;
        status.addClassName("mail-texts-status");
        status.setId("mail-texts-status");

        var save = new Button(getTranslation("invitation.texts.save"), click -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("mail-texts-save");
        reset.setText(getTranslation("invitation.texts.reset"));
        reset.addClickListener(click -> confirmReset());
        reset.setId("mail-texts-reset");
        var test = new Button(getTranslation("invitation.texts.sendTest"), click -> sendTest());
        test.addThemeVariants(ButtonVariant.TERTIARY);
        test.setId("mail-texts-test");
        var actions = new Div(save, reset, test);
        actions.addClassName("mail-texts-actions");
        var form = new MailWordingForm(this::refreshPreview, status, actions);
        this.form = form;
        var columns = new Div(form, preview);
        columns.addClassName("mail-texts-columns");

        add(lead, choice, choice.languageTabs(), columns);
        choice.choose(stores.getFirst());
    }

    /** Another store, mail or language: asks first when the texts on screen were changed and not saved. */
    private void switchTo() {
        if (choice == null || form == null) {
            return;
        }
        if (choice.nothingShownYet() || form.wording().equals(loaded)) {
            load();
            return;
        }
        var confirm = new ConfirmDialog(
                getTranslation("invitation.texts.unsaved.title"),
                getTranslation("invitation.texts.unsaved.text"),
                getTranslation("invitation.texts.unsaved.discard"),
                discard -> load());
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("invitation.texts.unsaved.stay"));
        confirm.addCancelListener(stay -> choice.backToShown());
        confirm.open();
    }

    private void load() {
        if (choice == null || form == null || choice.store() == null || choice.kind() == null) {
            return;
        }
        var store = choice.store();
        var current = service.of(store.id(), choice.kind(), choice.language());
        form.show(current.wording(), choice.language());
        loaded = form.wording();
        choice.markShown();
        if (current.custom()) {
            status.setText(getTranslation(
                    "invitation.texts.custom",
                    Formats.dateTime(current.savedAt(), store.timeZone(), getLocale()),
                    current.savedBy()));
        } else {
            status.setText(getTranslation("invitation.texts.default"));
        }
        reset.setEnabled(current.custom());
        refreshPreview();
    }

    private void refreshPreview() {
        if (choice == null || form == null) {
            return;
        }
        var wording = form.wording();
        if (!form.check(wording, choice.language())) {
            return; // the last good preview stays
        }
        var rendered = service.preview(choice.store().id(), choice.kind(), choice.language(), wording);
        preview.show(rendered.subject(), rendered.html());
    }

    private void save() {
        if (choice == null || form == null) {
            return;
        }
        var wording = form.wording();
        var problems = service.save(choice.store().id(), choice.kind(), choice.language(), wording);
        if (!problems.isEmpty()) {
            form.check(wording, choice.language());
            notify(getTranslation("invitation.texts.notSaved"), false);
            return;
        }
        notify(getTranslation("invitation.texts.saved"), true);
        load();
    }

    private void confirmReset() {
        if (choice == null) {
            return;
        }
        var confirm = new ConfirmDialog(
                getTranslation("invitation.texts.reset"),
                getTranslation(
                        "invitation.texts.resetConfirm",
                        choice.store().name(),
                        getTranslation(choice.kind().messageKey()),
                        getTranslation(
                                "invitation.texts.lang." + choice.language().name())),
                getTranslation("invitation.texts.resetConfirmButton"),
                confirmed -> {
                    service.reset(choice.store().id(), choice.kind(), choice.language());
                    notify(getTranslation("invitation.texts.resetDone"), true);
                    load();
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("invitation.texts.cancel"));
        confirm.open();
    }

    private void sendTest() {
        if (choice == null || form == null) {
            return;
        }
        var wording = form.wording();
        if (!form.check(wording, choice.language())) {
            notify(getTranslation("invitation.texts.notSaved"), false);
            return;
        }
        try {
            var to = service.sendTest(choice.store().id(), choice.kind(), choice.language(), wording);
            notify(getTranslation("invitation.texts.testSent", to), true);
        } catch (MailException e) {
            notify(getTranslation("invitation.texts.testFailed"), false);
        }
    }

    /** Every notice of this page, at the top; a problem stays a second longer to be read. */
    private static void notify(String message, boolean success) {
        Notification.show(message, success ? 4000 : 5000, Notification.Position.TOP_CENTER)
                .addThemeVariants(success ? NotificationVariant.SUCCESS : NotificationVariant.ERROR);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("invitation.texts.title") + " · " + getTranslation("app.name");
    }
}
