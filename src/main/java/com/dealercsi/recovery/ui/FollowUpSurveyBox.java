package com.dealercsi.recovery.ui;

import com.dealercsi.recovery.CaseDetails;
import com.dealercsi.recovery.FollowUpAnswer;
import com.dealercsi.recovery.FollowUpSurvey;
import com.dealercsi.recovery.MadeRight;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The owner's answer to the follow-up survey on a closed case, or where the survey stands, flagged when unhappy. */
class FollowUpSurveyBox extends Div {

    FollowUpSurveyBox(FollowUpSurvey survey, CaseDetails details) {
        addClassName("case-follow-up");
        setId("case-follow-up");
        add(new H4(getTranslation("recovery.followUp.case.title")));
        var answer = survey.answer();
        if (answer == null) {
            var state = switch (survey.status()) {
                case SCHEDULED, QUEUED ->
                    getTranslation("recovery.followUp.case.scheduled", time(survey.dueAt(), details));
                case SENT ->
                    getTranslation(
                            "recovery.followUp.case.sent",
                            time(survey.sentAt(), details),
                            time(survey.expiresAt(), details));
                case CANCELLED ->
                    getTranslation(
                            "recovery.followUp.case.cancelled",
                            getTranslation("recovery.followUp.cancel." + survey.cancelReason()));
                case ANSWERED -> "";
            };
            add(new Paragraph(state));
            return;
        }
        if (answer.madeRight() == MadeRight.NO) {
            var flag = new Paragraph(getTranslation("recovery.followUp.case.unhappy"));
            flag.addClassName("follow-up-unhappy");
            flag.setId("follow-up-unhappy");
            add(flag);
        }
        add(new Facts()
                .with("recovery.followUp.case.answeredAt", time(survey.answeredAt(), details))
                .with(
                        "recovery.followUp.madeRight",
                        getTranslation("recovery.followUp.madeRight."
                                + answer.madeRight().name()))
                .with(
                        "recovery.followUp.case.satisfaction",
                        getTranslation("recovery.followUp.case.score", answer.satisfaction(), FollowUpAnswer.MAX))
                .with(
                        "recovery.followUp.case.comment",
                        answer.comment() == null
                                ? getTranslation("recovery.followUp.case.noComment")
                                : answer.comment()));
    }

    private String time(@Nullable Instant instant, CaseDetails details) {
        return CaseTime.of(instant, details, getLocale());
    }
}
