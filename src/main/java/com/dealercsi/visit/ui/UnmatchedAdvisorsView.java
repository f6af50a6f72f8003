package com.dealercsi.visit.ui;

import com.dealercsi.admin.StaffRef;
import com.dealercsi.admin.Stores;
import com.dealercsi.shared.ui.Formats;
import com.dealercsi.shared.ui.MainLayout;
import com.dealercsi.visit.UnmatchedAdvisors;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * Administrators see the advisor names the DMS sent that are not a store's staff, with how many visits carry
 * each, and say who each one is; the visits, their scores and the rankings then count for that advisor.
 */
@Route(value = "admin/unmatched-advisors", layout = MainLayout.class)
@Menu(title = "visit.unmatched.nav", order = 85)
@RolesAllowed("ADMIN")
public class UnmatchedAdvisorsView extends Main implements HasDynamicTitle {

    private final UnmatchedAdvisors unmatched;
    private final Stores stores;
    private final Div names = new Div();
    private final Paragraph status = new Paragraph();

    public UnmatchedAdvisorsView(UnmatchedAdvisors unmatched, Stores stores) {
        this.unmatched = unmatched;
        this.stores = stores;
        addClassNames("page", "admin-page", "unmatched-advisors");
        status.getElement().setAttribute("role", "status");
        status.setId("unmatched-status");
        names.addClassName("unmatched-names");
        // someone new is created as staff first; the users page is the administrators' own
        var createAdvisor = new Anchor("admin/users", getTranslation("visit.unmatched.create"));
        createAdvisor.setId("unmatched-create");
        add(
                new H2(getTranslation("visit.unmatched.title")),
                new Paragraph(getTranslation("visit.unmatched.intro")),
                createAdvisor,
                status,
                names);
        show();
    }

    private void show() {
        names.removeAll();
        var all = unmatched.names();
        if (all.isEmpty()) {
            names.add(new Paragraph(getTranslation("visit.unmatched.none")));
            return;
        }
        all.forEach(name -> names.add(card(name)));
    }

    private Component card(UnmatchedAdvisors.Name name) {
        var title = new H3(name.name());
        var facts = new Span(getTranslation(
                "visit.unmatched.facts",
                name.storeName(),
                name.visits(),
                Formats.dateTime(
                        name.lastDelivered(),
                        stores.get(name.storeId()).timeZone(),
                        UI.getCurrent().getLocale())));
        var advisor = new ComboBox<StaffRef>(getTranslation("visit.unmatched.advisor", name.name()));
        advisor.setItems(unmatched.advisorsOf(name.storeId()));
        advisor.setItemLabelGenerator(StaffRef::name);
        advisor.setPlaceholder(getTranslation("visit.unmatched.choose"));
        advisor.setHelperText(getTranslation("visit.unmatched.helper"));
        var match = new Button(getTranslation("visit.unmatched.match"), click -> {
            if (advisor.getValue() == null) {
                advisor.setErrorMessage(getTranslation("visit.unmatched.required"));
                advisor.setInvalid(true);
                return;
            }
            int moved = unmatched.match(
                    name.storeId(), name.name(), advisor.getValue().id());
            status.setText(getTranslation(
                    "visit.unmatched.done", name.name(), advisor.getValue().name(), moved));
            show();
        });
        match.addThemeVariants(ButtonVariant.PRIMARY);
        var card = new Div(title, facts, advisor, match);
        card.addClassName("unmatched-card");
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("visit.unmatched.title") + " · " + getTranslation("app.name");
    }
}
