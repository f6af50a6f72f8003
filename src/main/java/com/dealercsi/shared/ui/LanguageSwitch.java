package com.dealercsi.shared.ui;

import com.dealercsi.shared.Language;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.server.VaadinSession;

/**
 * One tap to the other language. The label is written in the language it switches to, so someone who cannot
 * read the current one still finds it.
 */
public class LanguageSwitch extends Button {

    public LanguageSwitch(Runnable afterSwitch) {
        var target = Language.of(UI.getCurrent().getLocale()).other();
        setText(target == Language.EN ? "English" : "中文");
        getElement().setAttribute("lang", target.tag());
        getElement().setAttribute("aria-label", target == Language.EN ? "Switch to English" : "切换到中文");
        addThemeVariants(ButtonVariant.TERTIARY);
        addClassName("language-switch");
        addClickListener(e -> {
            VaadinSession.getCurrent().setLocale(target.locale());
            UI.getCurrent().setLocale(target.locale());
            afterSwitch.run();
        });
    }
}
