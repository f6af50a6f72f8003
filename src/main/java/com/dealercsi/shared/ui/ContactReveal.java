package com.dealercsi.shared.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * An owner's mobile as the service gave it, masked, with a "Show number" button for staff whose job needs to call
 * (ADR 0052): the tap asks the service for the full number, which audits it, and the number becomes a call link.
 * The full number is fetched only on that tap, so a page that is merely opened reveals nothing.
 */
public class ContactReveal extends Div {

    /**
     * @param maskedMobile the number as the service handed it to the view
     * @param ownerName whose number it is, for the button's accessible name in a list of several
     * @param reveal the full number, from the privacy feature's audited service; {@code null} where the user's job
     *     does not need it, and then no button is offered
     */
    public ContactReveal(String maskedMobile, String ownerName, @Nullable Supplier<String> reveal) {
        addClassName("contact-reveal");
        var masked = new Span(maskedMobile);
        masked.addClassName("contact-masked");
        add(masked);
        if (reveal != null && !maskedMobile.isBlank()) {
            var show = new Button(getTranslation("privacy.reveal.mobile"));
            show.addThemeVariants(ButtonVariant.TERTIARY);
            show.addClassName("contact-reveal-button");
            show.setAriaLabel(getTranslation("privacy.reveal.mobile.of", ownerName));
            show.addClickListener(click -> reveal(reveal));
            add(show);
        }
    }

    private void reveal(Supplier<String> reveal) {
        String full;
        try {
            full = reveal.get();
        } catch (AccessDeniedException refused) {
            Notification.show(getTranslation("privacy.reveal.refused"), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.ERROR);
            return;
        }
        var call = new Anchor(Formats.telLink(full), full);
        call.addClassName("contact-full");
        removeAll();
        add(call);
        // the button the user tapped is gone: keep their place on the number they asked for
        call.getElement().callJsFunction("focus");
    }
}
