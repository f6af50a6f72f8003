package com.dealercsi.alerting.internal;

import com.dealercsi.alerting.AlertLevel;
import com.dealercsi.alerting.AlertRules;
import com.dealercsi.scoring.CsiCalculator;
import com.dealercsi.scoring.ResponseScored;
import com.dealercsi.survey.AnswerTriage;
import com.dealercsi.survey.SurveyAnswered;
import org.springframework.stereotype.Component;

/**
 * Answers the owner's "what happens now?" on the thank-you page with the same rules that will raise the
 * alert a moment later, so the page never promises a call that no one is asked to make.
 */
@Component
class AlertRuleTriage implements AnswerTriage {

    private final StoreAlertSettingsStore settings;

    AlertRuleTriage(StoreAlertSettingsStore settings) {
        this.settings = settings;
    }

    @Override
    public FollowUp followUpFor(SurveyAnswered answer) {
        var factorScores = CsiCalculator.factorScores(answer.ratings());
        var csi = CsiCalculator.csi(factorScores, answer.weights());
        var scored = new ResponseScored(
                answer.responseId(),
                answer.visitId(),
                answer.storeId(),
                csi.isPresent() ? csi.getAsDouble() : null,
                factorScores,
                answer.overall(),
                answer.nps(),
                answer.comment(),
                answer.contactConsent(),
                answer.submittedAt());
        return AlertRules.levelOf(settings.of(answer.storeId()).rules().evaluate(scored))
                .map(level -> level.opensCase()
                        ? FollowUp.MANAGER_WILL_CALL
                        : level == AlertLevel.INFO ? FollowUp.CONTACT_REQUESTED : FollowUp.NONE)
                .orElse(FollowUp.NONE);
    }
}
