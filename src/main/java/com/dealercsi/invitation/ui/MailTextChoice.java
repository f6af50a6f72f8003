package com.dealercsi.invitation.ui;

import com.dealercsi.admin.StoreRef;
import com.dealercsi.invitation.MailKind;
import com.dealercsi.shared.Language;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Which store's which mail in which language is being worded. It remembers what is shown, so a user who stays
 * with unsaved changes goes back to it. The language tabs sit on the page below this, as their own row.
 */
final class MailTextChoice extends Div {

    private final Select<StoreRef> store = new Select<>();
    private final RadioButtonGroup<MailKind> kind = new RadioButtonGroup<>();
    private final Tabs languageTabs = new Tabs();
    private final Map<Tab, Language> languageOfTab = new LinkedHashMap<>();
    private final Language userLanguage;
    private Shown shown = new Shown(null, null, null);
    private boolean restoring;

    private record Shown(
            @Nullable StoreRef store,
            @Nullable MailKind kind,
            @Nullable Tab tab) {}

    MailTextChoice(List<StoreRef> stores, Language userLanguage, Runnable changed) {
        this.userLanguage = userLanguage;
        addClassName("mail-texts-choices");
        store.setLabel(getTranslation("invitation.texts.store"));
        store.setItems(stores);
        store.setItemLabelGenerator(StoreRef::name);
        store.setId("mail-texts-store");
        kind.setLabel(getTranslation("invitation.texts.kind"));
        kind.setItems(MailKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.messageKey()));
        kind.setValue(MailKind.INVITATION);
        kind.setId("mail-texts-kind");
        for (var language : List.of(userLanguage, userLanguage.other())) {
            var tab = new Tab(getTranslation("invitation.texts.lang." + language.name()));
            tab.setId("mail-texts-lang-" + language.tag());
            languageOfTab.put(tab, language);
            languageTabs.add(tab);
        }
        languageTabs.getElement().setAttribute("aria-label", getTranslation("invitation.texts.language"));
        languageTabs.addClassName("mail-texts-languages");
        add(store, kind);
        Runnable unlessRestoring = () -> {
            if (!restoring) {
                changed.run();
            }
        };
        store.addValueChangeListener(change -> unlessRestoring.run());
        kind.addValueChangeListener(change -> unlessRestoring.run());
        languageTabs.addSelectedChangeListener(change -> unlessRestoring.run());
    }

    Tabs languageTabs() {
        return languageTabs;
    }

    void choose(StoreRef first) {
        store.setValue(first);
    }

    @Nullable
    StoreRef store() {
        return store.getValue();
    }

    @Nullable
    MailKind kind() {
        return kind.getValue();
    }

    Language language() {
        var tab = languageTabs.getSelectedTab();
        return tab == null ? userLanguage : languageOfTab.get(tab);
    }

    boolean nothingShownYet() {
        return shown.store() == null;
    }

    /** What is now on screen; where {@link #backToShown()} returns. */
    void markShown() {
        shown = new Shown(store.getValue(), kind.getValue(), languageTabs.getSelectedTab());
    }

    void backToShown() {
        restoring = true;
        try {
            store.setValue(shown.store());
            kind.setValue(shown.kind());
            languageTabs.setSelectedTab(shown.tab());
        } finally {
            restoring = false;
        }
    }
}
