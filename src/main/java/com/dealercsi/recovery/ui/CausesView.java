package com.dealercsi.recovery.ui;

import com.dealercsi.recovery.Cause;
import com.dealercsi.recovery.Causes;
import com.dealercsi.shared.Factor;
import com.dealercsi.shared.ui.MainLayout;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * The root causes a case can be closed with, kept by administrators: add, rename in both languages, retire and
 * offer again, and delete what no case has used (ADR 0058).
 */
@Route(value = "causes", layout = MainLayout.class)
@Menu(title = "causes.nav", order = 9)
@RolesAllowed("ADMIN")
@StyleSheet("causes.css")
public class CausesView extends Main implements HasDynamicTitle {

    private final Causes causes;
    private final Div list = new Div();

    public CausesView(Causes causes) {
        this.causes = causes;
        addClassNames("page", "causes");
        list.addClassName("cause-list");
        add(
                new H2(getTranslation("causes.title")),
                new Paragraph(getTranslation("causes.intro")),
                new CauseAddForm(causes, this::show),
                list);
        show();
    }

    private void show() {
        list.removeAll();
        Factor shown = null;
        for (Cause cause : causes.all()) {
            if (cause.factor() != shown) {
                shown = cause.factor();
                list.add(new H3(getTranslation(shown.messageKey())));
            }
            list.add(new CauseCard(cause, causes, this::show));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("causes.title") + " · " + getTranslation("app.name");
    }
}
