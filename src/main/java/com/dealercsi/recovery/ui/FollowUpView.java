package com.dealercsi.recovery.ui;

import com.dealercsi.admin.PrivacyNotices;
import com.dealercsi.recovery.FollowUpAnswer;
import com.dealercsi.recovery.FollowUpOpening;
import com.dealercsi.recovery.FollowUps;
import com.dealercsi.recovery.MadeRight;
import com.dealercsi.recovery.internal.FollowUpLinkFilter;
import com.dealercsi.shared.Language;
import com.dealercsi.shared.ui.LanguageSwitch;
import com.dealercsi.shared.ui.PrivacyNoticeLink;
import com.dealercsi.survey.ui.RatingScale;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.jspecify.annotations.Nullable;

/**
 * The owner's follow-up survey, some days after their case was closed: did we make it right (yes, partly, no),
 * how satisfied they are now (the survey's 1–10 scale), an optional comment, one button. Phone first, in the
 * survey's look. The link's token arrives in the HTTP session (FollowUpLinkFilter), never in this page's address.
 */
@Route(value = "follow-up", autoLayout = false)
@StyleSheet("recovery.css")
@AnonymousAllowed
public class FollowUpView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String LANGUAGE_CHOSEN = "csi.recovery.followUp.language-chosen";

    private final FollowUps followUps;
    private String token = "";
    private FollowUpOpening opening = new FollowUpOpening.Unavailable();
    private @Nullable MadeRight madeRight;
    private @Nullable Integer satisfaction;
    private String comment = "";
    private @Nullable MadeRight stored;

    public FollowUpView(FollowUps followUps) {
        this.followUps = followUps;
        addClassNames("survey", "follow-up");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var session = VaadinSession.getCurrent().getSession();
        token = session.getAttribute(FollowUpLinkFilter.SESSION_TOKEN) instanceof String stored ? stored : "";
        if (session.getAttribute(FollowUpLinkFilter.SESSION_PRESELECT) instanceof MadeRight tapped) {
            madeRight = tapped; // the answer the owner tapped in the mail; still to be confirmed here
        }
        opening = token.isEmpty() ? new FollowUpOpening.Unavailable() : followUps.open(token);
        if (VaadinSession.getCurrent().getAttribute(LANGUAGE_CHOSEN) == null
                && opening instanceof FollowUpOpening.Ready ready) {
            UI.getCurrent().setLocale(ready.language().locale());
        }
        render();
    }

    private void render() {
        removeAll();
        UI.getCurrent()
                .getPage()
                .executeJs(
                        "document.documentElement.lang = $0",
                        Language.of(getLocale()).tag());
        var header = new Header();
        header.addClassName("survey-header");
        var storeName = new Span(
                opening instanceof FollowUpOpening.Ready ready ? ready.storeName() : getTranslation("app.name"));
        storeName.addClassName("survey-store");
        header.add(storeName, new LanguageSwitch(() -> {
            VaadinSession.getCurrent().setAttribute(LANGUAGE_CHOSEN, Boolean.TRUE);
            render();
        }));
        add(header);
        var content = new Section();
        content.addClassName("survey-content");
        add(content);
        if (opening instanceof FollowUpOpening.Ready ready) {
            add(new PrivacyNoticeLink(PrivacyNotices.path(ready.storeId())));
        }
        if (stored != null) {
            content.add(new FollowUpNotice(
                    "follow-up-thanks",
                    "recovery.followUp.thanks.title",
                    getTranslation(
                            switch (stored) {
                                case YES -> "recovery.followUp.thanks.glad";
                                case PARTLY -> "recovery.followUp.thanks.passedOn";
                                case NO -> "recovery.followUp.thanks.toldManager";
                            })));
        } else if (opening instanceof FollowUpOpening.Ready ready) {
            content.add(form(ready));
        } else {
            content.add(new FollowUpNotice(
                    "follow-up-unavailable",
                    "recovery.followUp.unavailable.title",
                    getTranslation("recovery.followUp.unavailable.text")));
        }
    }

    private Component form(FollowUpOpening.Ready ready) {
        var form = new Div();
        form.addClassName("survey-step");
        var title = new H1(getTranslation("recovery.followUp.title"));
        title.addClassName("survey-step-title");
        var greeting =
                new Paragraph(getTranslation("recovery.followUp.greeting", ready.ownerName(), ready.storeName()));
        greeting.addClassName("survey-greeting");

        var madeRightField = new MadeRightChoice(madeRight);
        madeRightField.addValueChangeListener(change -> {
            madeRight = change.getValue();
            madeRightField.setInvalid(false);
        });

        var scale = new RatingScale(
                "follow-up-satisfaction",
                getTranslation("recovery.followUp.satisfaction", ready.storeName()),
                FollowUpAnswer.MIN,
                FollowUpAnswer.MAX,
                false,
                getTranslation("recovery.followUp.scaleEnds"));
        scale.setValue(satisfaction);
        scale.addValueChangeListener(change -> satisfaction = change.getValue());

        var commentField = new TextArea(getTranslation("recovery.followUp.comment"));
        commentField.setId("follow-up-comment");
        commentField.setMaxLength(FollowUpAnswer.MAX_COMMENT_LENGTH);
        commentField.setWidthFull();
        commentField.setValueChangeMode(ValueChangeMode.LAZY);
        commentField.setValue(comment);
        commentField.addValueChangeListener(change -> comment = change.getValue());

        var send = new Button(getTranslation("recovery.followUp.send"));
        send.addThemeVariants(ButtonVariant.PRIMARY);
        send.setId("follow-up-send");
        // a double tap sends one click: the browser disables the button before the second
        send.setDisableOnClick(true);
        send.addClickListener(click -> {
            madeRightField.setInvalid(madeRight == null);
            madeRightField.setErrorMessage(getTranslation("recovery.followUp.error.madeRightRequired"));
            if (satisfaction == null) {
                scale.showProblem(getTranslation("recovery.followUp.error.satisfactionRequired"));
            }
            if (madeRight == null || satisfaction == null) {
                send.setEnabled(true);
                if (madeRight == null) {
                    madeRightField.getElement().callJsFunction("focus");
                } else {
                    scale.focus();
                }
                return;
            }
            var answer = new FollowUpAnswer(madeRight, satisfaction, comment);
            if (followUps.answer(token, answer)) {
                stored = answer.madeRight();
            } else {
                opening = new FollowUpOpening.Unavailable();
            }
            render();
            UI.getCurrent().getPage().executeJs("window.scrollTo(0, 0)");
            // a screen reader announces where the owner now is: the thank-you (or the used-link) heading
            UI.getCurrent().getPage().executeJs("const h = document.querySelector('.follow-up h1'); if (h) h.focus()");
        });
        var nav = new Div(send);
        nav.addClassName("survey-nav");
        form.add(title, greeting, madeRightField, scale, commentField, nav);
        return form;
    }

    @Override
    public String getPageTitle() {
        var key = stored != null
                ? "recovery.followUp.thanks.title"
                : opening instanceof FollowUpOpening.Ready
                        ? "recovery.followUp.title"
                        : "recovery.followUp.unavailable.title";
        return getTranslation(key) + " · " + getTranslation("app.name");
    }
}
