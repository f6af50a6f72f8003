package com.dealercsi.survey.ui;

import com.dealercsi.shared.ui.Formats;
import com.dealercsi.survey.AnswerTriage.FollowUp;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import org.jspecify.annotations.Nullable;

/** What an owner reads instead of questions: thanks, already answered, expired or not found. */
final class SurveyNotice extends Div {

    private SurveyNotice(String titleKey) {
        addClassName("survey-notice");
        add(new H1(getTranslation(titleKey)));
    }

    static SurveyNotice thanks(FollowUp followUp) {
        return new SurveyNotice("survey.thanks.title")
                .say("survey.thanks.text")
                .say(
                        switch (followUp) {
                            case MANAGER_WILL_CALL -> "survey.thanks.managerWillCall";
                            case CONTACT_REQUESTED -> "survey.thanks.contactRequested";
                            case NONE -> "survey.thanks.nothingMore";
                        });
    }

    static SurveyNotice alreadyAnswered() {
        return new SurveyNotice("survey.answered.title").say("survey.answered.text");
    }

    static SurveyNotice expired(@Nullable String storePhone) {
        var notice = new SurveyNotice("survey.expired.title");
        return storePhone == null
                ? notice.say("survey.expired.text")
                : notice.say("survey.expired.textWithPhone", storePhone);
    }

    static SurveyNotice notFound() {
        return new SurveyNotice("survey.notFound.title").say("survey.notFound.text");
    }

    /** On a phone, one tap starts the call instead of copying the number by hand. */
    static Anchor callStore(String storePhone) {
        var call = new Anchor(Formats.telLink(storePhone), "");
        call.setText(call.getTranslation("survey.expired.call", storePhone));
        call.addClassName("survey-call");
        return call;
    }

    private SurveyNotice say(String key, Object... arguments) {
        add(new Paragraph(getTranslation(key, arguments)));
        return this;
    }
}
