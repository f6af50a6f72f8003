package com.dealercsi.privacy.ui;

import com.dealercsi.privacy.AccessFiles;
import com.dealercsi.privacy.ErasureResult;
import com.dealercsi.privacy.OwnerErasure;
import com.dealercsi.privacy.OwnerFound;
import com.dealercsi.privacy.internal.RecordText;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.util.function.Consumer;

/** What a search found: how much, the owner's two files, the way to erase them, and one card per visit. */
class FoundOwner extends Section {

    FoundOwner(
            OwnerFound found,
            RecordText text,
            AccessFiles files,
            OwnerErasure erasure,
            Consumer<ErasureResult> erased) {
        addClassName("owner-found");
        getElement().setAttribute("aria-label", getTranslation("privacy.results.label"));
        if (found.isEmpty()) {
            var none = new Paragraph(getTranslation("privacy.none"));
            none.setId("owner-none");
            add(none);
            none.scrollIntoView();
            return;
        }
        var summary =
                new Paragraph(getTranslation("privacy.found", found.visits().size(), found.records()));
        summary.setId("owner-summary");
        summary.addClassName("owner-summary");
        var erase = new Button(
                getTranslation("privacy.erase.button"),
                click ->
                        new ErasureDialog(erasure, found.query(), found.visits().size(), erased).open());
        erase.addThemeVariants(ButtonVariant.ERROR);
        erase.setId("owner-erase");
        var actions = new Div(new AccessFileLinks(files, found.query()), erase);
        actions.addClassName("owner-actions");
        add(summary, actions);
        found.visits().forEach(visit -> add(new VisitCard(visit, text)));
        // on a phone the form fills the screen: what was found is brought into view
        summary.scrollIntoView();
    }
}
