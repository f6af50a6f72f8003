package com.dealercsi.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Vaadin's components bring their own words (a date picker's "Today" and month names, an upload's "Drop files
 * here", a grid's "Sort by …" for screen readers), all English unless given others. After every navigation this
 * gives each such component on the page the words of the UI's language from the message bundles, unless its view
 * set its own; so no view has to remember it, and the Chinese back office has no English in it.
 *
 * <p>The words themselves are given by {@link ComponentWords}, reached only through Spring: Vaadin's bundle
 * builder puts every component that a service init listener's code names into the first bundle of every page,
 * and this listener naming the grid, the pickers and the upload made the owner's survey download them (issue 12).
 */
@Component
class BuiltInTexts implements VaadinServiceInitListener {

    private final ComponentWords words;

    BuiltInTexts(ComponentWords words) {
        this.words = words;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            var ui = init.getUI();
            ui.addAfterNavigationListener(navigation -> {
                connection(ui);
                words.give(ui, ui.getLocale());
            });
        });
    }

    /** The bar that tells the user the server cannot be reached, and that it can again. */
    @SuppressWarnings("deprecation")
    private static void connection(UI ui) {
        var reconnect = ui.getReconnectDialogConfiguration();
        reconnect.setDialogText(text(ui, "vaadin.connection.reconnecting"));
        reconnect.setDialogTextGaveUp(text(ui, "vaadin.connection.lost"));
        ui.getPage()
                .executeJs(
                        "const indicator = window.Vaadin && window.Vaadin.connectionIndicator;"
                                + " if (indicator) { indicator.onlineText = $0; }",
                        text(ui, "vaadin.connection.online"));
    }

    private static String text(UI ui, String key) {
        return ui.getTranslation(key);
    }
}
