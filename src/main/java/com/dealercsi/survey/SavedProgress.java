package com.dealercsi.survey;

/** What an owner has answered so far and the step they were on, kept on the server until they submit. */
public record SavedProgress(SurveyAnswers answers, int step) {

    public static SavedProgress none() {
        return new SavedProgress(new SurveyAnswers(java.util.Map.of(), null, null, null, null), 0);
    }
}
