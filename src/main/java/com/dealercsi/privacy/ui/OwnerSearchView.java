package com.dealercsi.privacy.ui;

import com.dealercsi.privacy.AccessFiles;
import com.dealercsi.privacy.ErasureResult;
import com.dealercsi.privacy.OwnerErasure;
import com.dealercsi.privacy.OwnerSearch;
import com.dealercsi.privacy.internal.RecordText;
import com.dealercsi.shared.privacy.OwnerQuery;
import com.dealercsi.shared.ui.MainLayout;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.context.MessageSource;

/**
 * Find one owner for a request under PIPL: every visit and everything held about it, their copy of it as a
 * file, and erasure. Who may search, and in which stores, is decided by {@link OwnerSearch}, not here.
 */
@Route(value = "owners", layout = MainLayout.class)
@Menu(title = "privacy.nav", order = 87)
@RolesAllowed({"ADMIN", "CUSTOMER_SERVICE_MANAGER"})
@StyleSheet("privacy.css")
public class OwnerSearchView extends Main implements HasDynamicTitle {

    private final OwnerSearch search;
    private final AccessFiles files;
    private final OwnerErasure erasure;
    private final MessageSource messages;
    private final Div results = new Div();
    private final Paragraph outcome = new Paragraph();

    public OwnerSearchView(OwnerSearch search, AccessFiles files, OwnerErasure erasure, MessageSource messages) {
        this.search = search;
        this.files = files;
        this.erasure = erasure;
        this.messages = messages;
        addClassNames("page", "owner-search");
        var intro = new Paragraph(getTranslation("privacy.intro"));
        intro.addClassName("note");
        outcome.setId("owner-outcome");
        outcome.addClassName("owner-outcome");
        outcome.getElement().setAttribute("role", "status");
        outcome.setVisible(false);
        results.addClassName("owner-results");
        add(new H2(getTranslation("privacy.title")), intro, new OwnerQueryForm(this::show), outcome, results);
    }

    private void show(OwnerQuery query) {
        outcome.setVisible(false);
        var found = search.search(query);
        results.removeAll();
        results.add(new FoundOwner(found, new RecordText(messages, getLocale()), files, erasure, this::erased));
    }

    private void erased(ErasureResult result) {
        var rows = result.rowsByTable().values().stream()
                .mapToInt(Integer::intValue)
                .sum();
        outcome.setText(
                result.foundNobody()
                        ? getTranslation("privacy.erase.foundNobody")
                        : getTranslation("privacy.erase.done", result.visits(), rows));
        outcome.setVisible(true);
        // the cards show values that are gone now; a new search shows what is left
        results.removeAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("privacy.pageTitle") + " · " + getTranslation("app.name");
    }
}
