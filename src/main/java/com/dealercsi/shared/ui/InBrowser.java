package com.dealercsi.shared.ui;

import com.vaadin.flow.component.Component;

/**
 * Work that a person opening a page should set off, but a program that merely fetches it must not: mail
 * scanners and link previews open every link in a mail. Since the first response already holds the view
 * ({@code vaadin.eagerServerLoad}), acting in {@code beforeEnter} would act on every fetch; this waits until the
 * browser has run the page's script and answered.
 */
public final class InBrowser {

    private InBrowser() {}

    public static void afterScriptRan(Component component, Runnable action) {
        component.getElement().executeJs("return true").then(Boolean.class, ran -> action.run());
    }
}
