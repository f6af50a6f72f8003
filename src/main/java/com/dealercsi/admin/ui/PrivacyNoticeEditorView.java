package com.dealercsi.admin.ui;

import com.dealercsi.admin.AdministrationRejected;
import com.dealercsi.admin.PrivacyNotices;
import com.dealercsi.admin.StoreRef;
import com.dealercsi.shared.Language;
import com.dealercsi.shared.ui.MainLayout;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;

/**
 * Where administrators word each store's privacy notice, per language. The text field starts with what owners read
 * today (the store's own text or the default one), so a store edits rather than starts from nothing.
 */
@Route(value = "privacy-notices", layout = MainLayout.class)
@Menu(title = "notice.edit.nav", order = 82)
@RolesAllowed("ADMIN")
public class PrivacyNoticeEditorView extends Main implements HasDynamicTitle {

    private final PrivacyNotices notices;
    // a group may run hundreds of stores: the administrator types a few letters of the name or code
    private final ComboBox<StoreRef> store = new ComboBox<>();
    private final Select<Language> language = new Select<>();
    private final NoticeForm form;

    public PrivacyNoticeEditorView(PrivacyNotices notices) {
        this.notices = notices;
        addClassNames("page", "privacy-notice-editor");
        form = new NoticeForm(this::save, this::reset);
        add(new H2(getTranslation("notice.edit.title")));
        var stores = notices.editableStores();
        if (stores.isEmpty()) {
            add(new Paragraph(getTranslation("notice.edit.noStore")));
            return;
        }
        var lead = new Paragraph(getTranslation("notice.edit.lead"));
        lead.addClassName("privacy-notice-editor-lead");
        store.setLabel(getTranslation("notice.edit.store"));
        store.setItems(PrivacyNoticeEditorView::matches, stores);
        store.setItemLabelGenerator(StoreRef::name);
        store.setId("privacy-notice-store");
        var userLanguage = Language.of(getLocale());
        language.setLabel(getTranslation("notice.edit.language"));
        language.setItems(List.of(userLanguage, userLanguage.other()));
        language.setItemLabelGenerator(l -> getTranslation("notice.edit.lang." + l.name()));
        language.setId("privacy-notice-language");
        language.setValue(userLanguage);
        var choices = new Div(store, language);
        choices.addClassName("privacy-notice-editor-choices");
        store.addValueChangeListener(change -> {
            if (change.getValue() == null && change.getOldValue() != null) {
                // an emptied field means "not this one yet": the notice shown keeps its store
                store.setValue(change.getOldValue());
            } else {
                load();
            }
        });
        language.addValueChangeListener(change -> load());
        add(lead, choices, form);
        store.setValue(stores.getFirst());
    }

    private static boolean matches(StoreRef candidate, String filter) {
        var wanted = filter.strip().toLowerCase(Locale.ROOT);
        return candidate.name().toLowerCase(Locale.ROOT).contains(wanted)
                || candidate.code().toLowerCase(Locale.ROOT).contains(wanted);
    }

    private void load() {
        if (store.getValue() == null || language.getValue() == null) {
            return;
        }
        form.show(notices.of(store.getValue().id(), language.getValue()));
    }

    private void save(String text) {
        try {
            notices.save(store.getValue().id(), language.getValue(), text);
        } catch (AdministrationRejected rejected) {
            form.refuse(getTranslation(rejected.messageKey()));
            return;
        }
        notify(getTranslation("notice.edit.saved"));
        load();
    }

    private void reset() {
        notices.reset(store.getValue().id(), language.getValue());
        notify(getTranslation("notice.edit.resetDone"));
        load();
    }

    private static void notify(String message) {
        Notification.show(message, 4000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.SUCCESS);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notice.edit.title") + " · " + getTranslation("app.name");
    }
}
