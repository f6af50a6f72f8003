package com.dealercsi.recovery.ui;

import com.dealercsi.recovery.FollowUps;
import com.dealercsi.shared.Language;
import com.dealercsi.shared.ui.InBrowser;
import com.dealercsi.shared.ui.LanguageSwitch;
import com.vaadin.flow.component.UI;
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
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;

/**
 * Where the unsubscribe link of a follow-up mail leads: like the invitation's page, opening it opts the owner out
 * of all survey mail and says so calmly. The opt-out waits for the browser to have run the page's script, so
 * mail scanners that merely fetch links unsubscribe nobody.
 */
@Route(value = "follow-up-unsubscribe/:token", autoLayout = false)
@AnonymousAllowed
public class FollowUpUnsubscribeView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final FollowUps followUps;
    private Optional<Language> outcome = Optional.empty();
    private boolean done;

    public FollowUpUnsubscribeView(FollowUps followUps) {
        this.followUps = followUps;
        addClassNames("survey", "unsubscribe");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var token = event.getRouteParameters().get("token").orElse("");
        render();
        InBrowser.afterScriptRan(this, () -> {
            outcome = followUps.unsubscribe(token);
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
        if (done) {
            var title = new H1(getTranslation(outcome.isPresent() ? "recovery.followUp.unsubscribed.title"
                    : "recovery.followUp.unavailable.title"));
            title.setId(outcome.isPresent() ? "follow-up-unsubscribed" : "follow-up-unsubscribe-unknown");
            notice.add(title, new Paragraph(getTranslation(outcome.isPresent()
                    ? "recovery.followUp.unsubscribed.text" : "recovery.followUp.unavailable.text")));
        } else {
            notice.getElement().setAttribute("aria-busy", "true");
        }
        add(header, notice);
        // after the opt-out and after a change of language, the tab says the same as the page
        UI.getCurrent().getPage().setTitle(getPageTitle());
    }

    @Override
    public String getPageTitle() {
        return getTranslation(outcome.isPresent() ? "recovery.followUp.unsubscribed.title"
                : "recovery.followUp.unavailable.title") + " · " + getTranslation("app.name");
    }
}
