package com.dealercsi.survey;

import java.util.Map;

/**
 * What an owner has answered so far, the step they were on and the questionnaire version they were shown,
 * kept on the server until they submit.
 */
public record SavedProgress(SurveyAnswers answers, int step, int questionnaireVersion) {

    public static SavedProgress start(int questionnaireVersion) {
        return new SavedProgress(new SurveyAnswers(Map.of(), null, null, null, null), 0, questionnaireVersion);
    }
}
