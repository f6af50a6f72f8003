package com.dealercsi.invitation.ui;

import com.dealercsi.admin.PrivacyNotices;
import com.dealercsi.invitation.OptOutLinks;
import com.dealercsi.shared.Language;
import com.dealercsi.shared.ui.InBrowser;
import com.dealercsi.shared.ui.LanguageSwitch;
import com.dealercsi.shared.ui.PrivacyNoticeLink;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;
import java.util.UUID;

/**
 * Where the unsubscribe link of every owner mail leads ({@link com.dealercsi.invitation.UnsubscribeLink}):
 * opening it opts the owner out, for every store, and says so calmly. The opt-out waits for the browser to have
 * run the page's script, so mail scanners that merely fetch links do not unsubscribe anybody.
 */
@Route(value = "unsubscribe/:token", autoLayout = false)
@RouteAlias(value = "follow-up-unsubscribe/:token", autoLayout = false)
@StyleSheet("invitation.css")
@AnonymousAllowed
public class UnsubscribeView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final OptOutLinks optOutLinks;
    private Optional<Language> outcome = Optional.empty();
    private Optional<UUID> store = Optional.empty();
    private boolean done;

    public UnsubscribeView(OptOutLinks optOutLinks) {
        this.optOutLinks = optOutLinks;
        addClassNames("survey", "unsubscribe");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var token = event.getRouteParameters().get("token").orElse("");
        render();
        InBrowser.afterScriptRan(this, () -> {
            outcome = optOutLinks.optOut(token);
            store = optOutLinks.storeOf(token);
            done = true;
            outcome.ifPresent(language -> UI.getCurrent().setLocale(language.locale()));
            render();
        });
    }

    private void render() {
        removeAll();
        var header = new Header();
        header.addClassName("survey-header");
        var name = new Span(getTranslation("app.name"));
        name.addClassName("survey-store");
        header.add(name, new LanguageSwitch(this::render));
        var notice = new Section();
        notice.addClassNames("survey-notice", "unsubscribe-notice");
        if (!done) {
            notice.getElement().setAttribute("aria-busy", "true");
        } else if (outcome.isPresent()) {
            var title = new H1(getTranslation("invitation.unsubscribed.title"));
            title.setId("unsubscribed");
            notice.add(
                    title,
                    new Paragraph(getTranslation("invitation.unsubscribed.text")),
                    new Paragraph(getTranslation("invitation.unsubscribed.stores")));
        } else {
            var title = new H1(getTranslation("invitation.unsubscribe.unknown.title"));
            title.setId("unsubscribe-unknown");
            notice.add(title, new Paragraph(getTranslation("invitation.unsubscribe.unknown.text")));
        }
        add(header, notice);
        store.ifPresent(id -> add(new PrivacyNoticeLink(PrivacyNotices.path(id))));
        // after the opt-out and after a change of language, the tab says the same as the page
        UI.getCurrent().getPage().setTitle(getPageTitle());
    }

    @Override
    public String getPageTitle() {
        return getTranslation(
                        outcome.isPresent() ? "invitation.unsubscribed.title" : "invitation.unsubscribe.unknown.title")
                + " · " + getTranslation("app.name");
    }
}
