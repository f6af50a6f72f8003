package com.dealercsi.scoring.internal;

import com.dealercsi.scoring.CsiCalculator;
import com.dealercsi.scoring.ResponseScored;
import com.dealercsi.survey.SurveyAnswered;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Scores each answer once; a redelivered event finds the score already stored and does nothing. */
@Component
class ScoringListener {

    private final ResponseScoreRepository scores;
    private final ApplicationEventPublisher events;

    ScoringListener(ResponseScoreRepository scores, ApplicationEventPublisher events) {
        this.scores = scores;
        this.events = events;
    }

    @ApplicationModuleListener
    void on(SurveyAnswered answer) {
        if (scores.existsById(answer.responseId())) {
            return;
        }
        var factorScores = CsiCalculator.factorScores(answer.ratings());
        var csi = CsiCalculator.csi(factorScores, answer.weights());
        Double csiOrNull = csi.isPresent() ? csi.getAsDouble() : null;
        scores.save(new ResponseScore(
                answer.responseId(), answer.storeId(), csiOrNull, factorScores, answer.submittedAt()));
        events.publishEvent(new ResponseScored(
                answer.responseId(),
                answer.visitId(),
                answer.storeId(),
                csiOrNull,
                factorScores,
                answer.overall(),
                answer.nps(),
                answer.comment(),
                answer.contactConsent(),
                answer.submittedAt()));
    }
}
