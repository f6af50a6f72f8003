package com.dealercsi.survey.ui;

import com.dealercsi.survey.QuestionnaireItem;
import java.util.List;

/**
 * The order of the owner's survey, apart from the page so it can be tested: the rating pages, then overall
 * satisfaction and recommendation, then comment and consent, then the review.
 */
record SurveySteps(List<List<QuestionnaireItem>> pages) {

    SurveySteps {
        pages = List.copyOf(pages);
    }

    int overall() {
        return pages.size();
    }

    int comment() {
        return overall() + 1;
    }

    int review() {
        return comment() + 1;
    }

    int count() {
        return review() + 1;
    }

    /** A saved step from an older or shorter questionnaire still lands on a step that exists. */
    int clamp(int step) {
        return Math.clamp(step, 0, review());
    }

    /** Where the owner answers a field, so a problem found on sending takes them back there. */
    int of(String field) {
        return switch (field) {
            case "OS", "NPS" -> overall();
            case "C", "CB" -> comment();
            default -> {
                for (int i = 0; i < pages.size(); i++) {
                    if (pages.get(i).stream().anyMatch(item -> item.id().equals(field))) {
                        yield i;
                    }
                }
                yield 0;
            }
        };
    }
}
