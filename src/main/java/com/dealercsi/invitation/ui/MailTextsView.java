package com.dealercsi.invitation.ui;

import com.dealercsi.admin.StoreRef;
import com.dealercsi.invitation.InvitationMailTexts;
import com.dealercsi.invitation.MailKind;
import com.dealercsi.invitation.MailPlaceholder;
import com.dealercsi.invitation.MailWording;
import com.dealercsi.shared.Language;
import com.dealercsi.shared.ui.Formats;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.shared.HasValidationProperties;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.HasValueChangeMode;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.mail.MailException;

/**
 * Where a store's managers word the invitation and the reminder, per language, and see the real mail change as
 * they type. The preview is the rendered mail itself, in a frame that may run nothing and open nothing.
 */
@Route("invitation-mail-texts")
@Menu(title = "invitation.texts.nav", order = 7)
@RolesAllowed({"ADMIN", "GROUP_MANAGER", "GENERAL_MANAGER", "STORE_MANAGER"})
public class MailTextsView extends Main implements HasDynamicTitle {

    private final InvitationMailTexts service;
    private final Select<StoreRef> store = new Select<>();
    private final Tabs languages = new Tabs();
    private final Map<Tab, Language> languageOfTab = new LinkedHashMap<>();
    private final RadioButtonGroup<MailKind> kind = new RadioButtonGroup<>();
    private final TextField subject = new TextField();
    private final TextField greeting = new TextField();
    private final TextArea intro = new TextArea();
    private final TextArea closing = new TextArea();
    private final Div placeholders = new Div();
    private final Paragraph status = new Paragraph();
    private final Button reset = new Button();
    private final Span previewSubject = new Span();
    private final IFrame preview = new IFrame();
    /** What the form showed when it was loaded, to tell whether switching would lose changes. */
    private MailWording loaded = new MailWording("", "", "", "");
    private Selection shown = new Selection(null, null, null);
    private boolean restoring;
    /** Where a tapped placeholder goes: the field the user was last writing in. */
    private Component lastFocused = intro;

    private record Selection(@Nullable StoreRef store, @Nullable MailKind kind, @Nullable Tab tab) {
    }

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

        store.setLabel(getTranslation("invitation.texts.store"));
        store.setItems(stores);
        store.setItemLabelGenerator(StoreRef::name);
        store.setId("mail-texts-store");
        kind.setLabel(getTranslation("invitation.texts.kind"));
        kind.setItems(MailKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.messageKey()));
        kind.setValue(MailKind.INVITATION);
        kind.setId("mail-texts-kind");
        var userLanguage = Language.of(getLocale());
        for (var language : List.of(userLanguage, userLanguage.other())) {
            var tab = new Tab(getTranslation("invitation.texts.lang." + language.name()));
            tab.setId("mail-texts-lang-" + language.tag());
            languageOfTab.put(tab, language);
            languages.add(tab);
        }
        languages.getElement().setAttribute("aria-label", getTranslation("invitation.texts.language"));
        languages.addClassName("mail-texts-languages");
        var choices = new Div(store, kind);
        choices.addClassName("mail-texts-choices");

        field(subject, "subject", MailWording.SUBJECT_MAX);
        field(greeting, "greeting", MailWording.GREETING_MAX);
        field(intro, "intro", MailWording.INTRO_MAX);
        intro.setHelperText(getTranslation("invitation.texts.introHelp"));
        field(closing, "closing", MailWording.CLOSING_MAX);
        closing.setHelperText(getTranslation("invitation.texts.closingHelp"));
        placeholders.addClassName("mail-texts-placeholders");
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
        var form = new Div(subject, greeting, intro, closing, placeholders, status, actions);
        form.addClassName("mail-texts-form");

        previewSubject.addClassName("mail-texts-preview-subject");
        previewSubject.setId("mail-texts-preview-subject");
        // no scripts, no forms, no navigation, no same origin: the frame can only show the mail
        preview.setSandbox(IFrame.SandboxType.RESTRICT_ALL);
        preview.setAriaLabel(getTranslation("invitation.texts.previewFrame"));
        preview.addClassName("mail-texts-frame");
        preview.setId("mail-texts-preview");
        var note = new Paragraph(getTranslation("invitation.texts.previewNote"));
        note.addClassName("mail-texts-note");
        var previewPane = new Div(new H3(getTranslation("invitation.texts.preview")), previewSubject, preview, note);
        previewPane.addClassName("mail-texts-preview");
        var columns = new Div(form, previewPane);
        columns.addClassName("mail-texts-columns");

        add(lead, choices, languages, columns);
        store.addValueChangeListener(change -> switchTo());
        kind.addValueChangeListener(change -> switchTo());
        languages.addSelectedChangeListener(change -> switchTo());
        store.setValue(stores.getFirst());
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
                refreshPreview();
            }
        });
    }

    private Language language() {
        var tab = languages.getSelectedTab();
        return tab == null ? Language.of(getLocale()) : languageOfTab.get(tab);
    }

    /** Another store, mail or language: asks first when the texts on screen were changed and not saved. */
    private void switchTo() {
        if (restoring) {
            return;
        }
        if (shown.store() == null || wording().equals(loaded)) {
            load();
            return;
        }
        var confirm = new ConfirmDialog(getTranslation("invitation.texts.unsaved.title"),
                getTranslation("invitation.texts.unsaved.text"), getTranslation("invitation.texts.unsaved.discard"),
                discard -> load());
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("invitation.texts.unsaved.stay"));
        confirm.addCancelListener(stay -> {
            restoring = true;
            try {
                store.setValue(shown.store());
                kind.setValue(shown.kind());
                languages.setSelectedTab(shown.tab());
            } finally {
                restoring = false;
            }
        });
        confirm.open();
    }

    private void load() {
        if (store.getValue() == null || kind.getValue() == null) {
            return;
        }
        var current = service.of(store.getValue().id(), kind.getValue(), language());
        show(current.wording());
        loaded = wording();
        shown = new Selection(store.getValue(), kind.getValue(), languages.getSelectedTab());
        if (current.custom()) {
            status.setText(getTranslation("invitation.texts.custom",
                    Formats.dateTime(current.savedAt(), store.getValue().timeZone(), getLocale()), current.savedBy()));
        } else {
            status.setText(getTranslation("invitation.texts.default"));
        }
        reset.setEnabled(current.custom());
        showPlaceholders();
        refreshPreview();
    }

    private void show(MailWording wording) {
        subject.setValue(wording.subject());
        greeting.setValue(wording.greeting());
        intro.setValue(wording.intro());
        closing.setValue(wording.closing());
    }

    private void showPlaceholders() {
        placeholders.removeAll();
        placeholders.add(new Paragraph(getTranslation("invitation.texts.placeholders")));
        var list = new Div();
        list.addClassName("mail-texts-placeholder-list");
        for (var placeholder : MailPlaceholder.values()) {
            var token = placeholder.token(language());
            var insert = new Button(token, click -> insert(token));
            insert.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
            insert.addClassName("mail-texts-token");
            insert.setId("mail-texts-insert-" + placeholder.name());
            insert.getElement().setAttribute("aria-label", getTranslation("invitation.texts.insert", token));
            var item = new Span(insert, new Span(getTranslation(placeholder.messageKey())));
            item.addClassName("mail-texts-placeholder");
            list.add(item);
        }
        placeholders.add(list);
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

    private MailWording wording() {
        return new MailWording(subject.getValue(), greeting.getValue(), intro.getValue(), closing.getValue());
    }

    /** Marks what is wrong; true when nothing is. */
    private boolean check(MailWording wording) {
        var fields = fields();
        fields.values().forEach(field -> field.setInvalid(false));
        var problems = wording.problems(language());
        for (var problem : problems) {
            var field = fields.get(problem.field());
            if (field != null && !field.isInvalid()) {
                field.setErrorMessage(getTranslation(problem.messageKey(), problem.args().toArray()));
                field.setInvalid(true);
            }
        }
        return problems.isEmpty();
    }

    private void refreshPreview() {
        var wording = wording();
        if (!check(wording)) {
            return; // the last good preview stays
        }
        var rendered = service.preview(store.getValue().id(), kind.getValue(), language(), wording);
        previewSubject.setText(getTranslation("invitation.texts.previewSubject", rendered.subject()));
        preview.setSrcdoc(rendered.html());
    }

    private void save() {
        var wording = wording();
        var problems = service.save(store.getValue().id(), kind.getValue(), language(), wording);
        if (!problems.isEmpty()) {
            check(wording);
            Notification.show(getTranslation("invitation.texts.notSaved"), 5000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.ERROR);
            return;
        }
        Notification.show(getTranslation("invitation.texts.saved"), 4000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.SUCCESS);
        load();
    }

    private void confirmReset() {
        var confirm = new ConfirmDialog(getTranslation("invitation.texts.reset"),
                getTranslation("invitation.texts.resetConfirm", store.getValue().name(),
                        getTranslation(kind.getValue().messageKey()),
                        getTranslation("invitation.texts.lang." + language().name())),
                getTranslation("invitation.texts.resetConfirmButton"), confirmed -> {
                    service.reset(store.getValue().id(), kind.getValue(), language());
                    Notification.show(getTranslation("invitation.texts.resetDone"), 4000,
                            Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.SUCCESS);
                    load();
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("invitation.texts.cancel"));
        confirm.open();
    }

    private void sendTest() {
        var wording = wording();
        if (!check(wording)) {
            Notification.show(getTranslation("invitation.texts.notSaved"), 5000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.ERROR);
            return;
        }
        try {
            var to = service.sendTest(store.getValue().id(), kind.getValue(), language(), wording);
            Notification.show(getTranslation("invitation.texts.testSent", to), 4000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.SUCCESS);
        } catch (MailException e) {
            Notification.show(getTranslation("invitation.texts.testFailed"), 5000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.ERROR);
        }
    }

    private Map<String, HasValidationProperties> fields() {
        var fields = new LinkedHashMap<String, HasValidationProperties>();
        fields.put("subject", subject);
        fields.put("greeting", greeting);
        fields.put("intro", intro);
        fields.put("closing", closing);
        return fields;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("invitation.texts.title") + " · " + getTranslation("app.name");
    }
}
