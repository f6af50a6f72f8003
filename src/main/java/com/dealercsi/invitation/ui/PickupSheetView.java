package com.dealercsi.invitation.ui;

import com.dealercsi.admin.Stores;
import com.dealercsi.invitation.Invitations;
import com.dealercsi.visit.Visits;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.UUID;

/**
 * The sheet handed over with the car: the visit's facts and a QR code of the owner's personal survey link, for
 * owners who answer at the counter. Printed from the browser; the print style leaves only the sheet. In the
 * owner's language, as the mail would be.
 */
@Route(value = "visits/:visitId/pickup-sheet", autoLayout = false)
@StyleSheet("backoffice.css")
@StyleSheet("invitation.css")
@RolesAllowed({"ADMIN", "STORE_MANAGER", "CUSTOMER_SERVICE_MANAGER", "CUSTOMER_SERVICE", "ADVISOR"})
public class PickupSheetView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final Invitations invitations;
    private final Visits visits;
    private final Stores stores;

    public PickupSheetView(Invitations invitations, Visits visits, Stores stores) {
        this.invitations = invitations;
        this.visits = visits;
        this.stores = stores;
        addClassName("pickup-sheet");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        var visitId = event.getRouteParameters().get("visitId").flatMap(PickupSheetView::uuid);
        var visit = visitId.flatMap(
                id -> visits.listed(java.util.List.of(id)).stream().findFirst());
        var link = visitId.flatMap(invitations::printCounterLink);
        var back = new RouterLink(getTranslation("invitation.sheet.back"), InvitationsView.class);
        back.addClassName("pickup-sheet-noprint");
        if (visit.isEmpty() || link.isEmpty()) {
            add(
                    back,
                    new H1(getTranslation("invitation.sheet.unavailable.title")),
                    new Paragraph(getTranslation("invitation.sheet.unavailable.text")));
            return;
        }
        var summary = visit.get();
        var store = stores.get(summary.storeId());
        var locale = summary.language().locale();
        var date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(locale)
                .withZone(store.timeZone());
        var print = new Button(
                getTranslation("invitation.sheet.print"),
                click -> UI.getCurrent().getPage().executeJs("window.print()"));
        print.addThemeVariants(ButtonVariant.PRIMARY);
        print.setId("print-sheet");
        var actions = new Div(back, print);
        actions.addClassNames("pickup-sheet-actions", "pickup-sheet-noprint");

        var storeName = new Span(store.name());
        storeName.addClassName("pickup-sheet-store");
        var facts = new Div();
        facts.addClassName("pickup-sheet-facts");
        fact(facts, text("invitation.sheet.ro", locale), summary.roNumber());
        fact(facts, text("invitation.sheet.owner", locale), summary.ownerName());
        fact(facts, text("invitation.sheet.car", locale), summary.model() + " · " + summary.plate());
        fact(facts, text("invitation.sheet.delivered", locale), date.format(summary.deliveredAt()));
        fact(facts, text("invitation.sheet.advisor", locale), summary.advisorName());
        var qr = new Image(QrCodes.svgDataUrl(link.get().url()), text("invitation.sheet.qr.alt", locale));
        qr.addClassName("pickup-sheet-qr");
        qr.setId("survey-qr");
        var validUntil =
                link.get().validUntil() == null ? "" : date.format(link.get().validUntil());
        var sheet = new Div(
                storeName,
                new H1(text("invitation.sheet.title", locale)),
                facts,
                qr,
                new Paragraph(text("invitation.sheet.ask", locale)),
                new Paragraph(text("invitation.sheet.valid", locale, validUntil)));
        if (store.contactPhone() != null) {
            sheet.add(new Paragraph(text("invitation.sheet.contact", locale, store.contactPhone())));
        }
        sheet.addClassName("pickup-sheet-page");
        sheet.getElement().setAttribute("lang", summary.language().tag());
        add(actions, sheet);
    }

    private String text(String key, java.util.Locale locale, Object... args) {
        return getTranslation(locale, key, args);
    }

    private static void fact(Div facts, String label, String value) {
        var row = new Div(new Span(label), new Span(value));
        row.addClassName("pickup-sheet-fact");
        facts.add(row);
    }

    private static java.util.Optional<UUID> uuid(String text) {
        try {
            return java.util.Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("invitation.sheet.title") + " · " + getTranslation("app.name");
    }
}
