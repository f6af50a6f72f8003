package com.dealercsi.admin.ui;

import com.dealercsi.admin.PrivacyNotices;
import com.dealercsi.shared.Language;
import com.dealercsi.shared.Texts;
import com.dealercsi.shared.ui.Formats;
import com.dealercsi.shared.ui.LanguageSwitch;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
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
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * A store's privacy notice for owners, phone first in the survey's look, without a log-in: linked from the survey,
 * the follow-up and unsubscribe pages and every owner mail. Mails add {@code ?lang=} so it opens in the owner's
 * language; the switch on top changes it. The store's text is shown as text only, paragraph by paragraph.
 */
@Route(value = "privacy/:store", autoLayout = false)
@AnonymousAllowed
public class PrivacyNoticeView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final PrivacyNotices notices;
    private String store = "";

    public PrivacyNoticeView(PrivacyNotices notices) {
        this.notices = notices;
        addClassNames("survey", "privacy-notice");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        store = event.getRouteParameters().get("store").orElse("");
        event.getLocation()
                .getQueryParameters()
                .getSingleParameter("lang")
                .flatMap(Language::fromTag)
                .ifPresent(language -> {
                    VaadinSession.getCurrent().setLocale(language.locale());
                    UI.getCurrent().setLocale(language.locale());
                });
        render();
    }

    private void render() {
        removeAll();
        var language = Language.of(getLocale());
        UI.getCurrent().getPage().executeJs("document.documentElement.lang = $0", language.tag());
        var notice = notices.find(store, language);
        var header = new Header();
        header.addClassName("survey-header");
        var name = new Span(notice.map(found -> found.store().name()).orElseGet(() -> getTranslation("app.name")));
        name.addClassName("survey-store");
        header.add(name, new LanguageSwitch(this::render));
        var content = new Section();
        content.addClassNames("survey-notice", "privacy-notice-content");
        if (notice.isPresent()) {
            var title = new H1(Texts.spacedBetweenChineseAndLatin(
                    getTranslation("notice.page.heading", notice.get().store().name())));
            title.setId("privacy-notice-title");
            content.add(title);
            for (var paragraph : notice.get().paragraphs()) {
                var text = new Paragraph(paragraph); // text only: what an administrator wrote never becomes markup
                text.addClassName("privacy-notice-text");
                content.add(text);
            }
            var phone = notice.get().store().contactPhone();
            if (phone != null && !phone.isBlank()) {
                var call = new Anchor(Formats.telLink(phone), getTranslation("notice.page.call", phone.strip()));
                call.addClassName("survey-call");
                content.add(call);
            }
        } else {
            var title = new H1(getTranslation("notice.page.notFound.title"));
            title.setId("privacy-notice-not-found");
            content.add(title, new Paragraph(getTranslation("notice.page.notFound.text")));
        }
        add(header, content);
        UI.getCurrent().getPage().setTitle(getPageTitle());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notice.page.title") + " · " + getTranslation("app.name");
    }
}
