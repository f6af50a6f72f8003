package com.dealercsi.survey.ui;

import com.dealercsi.survey.SavedProgress;
import com.dealercsi.survey.SurveyAnswers;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** What the owner has answered so far and where they are, kept between steps and saved after every tap. */
final class SurveyDraft {

    final Map<String, Integer> ratings = new HashMap<>();

    @Nullable
    Integer overall;

    @Nullable
    Integer nps;

    String comment = "";

    @Nullable
    Boolean consent;

    int step;

    void restore(SavedProgress progress, SurveySteps steps) {
        ratings.clear();
        ratings.putAll(progress.answers().ratings());
        overall = progress.answers().overall();
        nps = progress.answers().nps();
        comment = progress.answers().comment() == null ? "" : progress.answers().comment();
        consent = progress.answers().contactConsent();
        step = steps.clamp(progress.step());
    }

    SurveyAnswers answers() {
        return new SurveyAnswers(ratings, overall, nps, comment, consent);
    }

    SavedProgress progress(int questionnaireVersion) {
        return new SavedProgress(answers(), step, questionnaireVersion);
    }
}
