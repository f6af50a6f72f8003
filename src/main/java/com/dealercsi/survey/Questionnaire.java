package com.dealercsi.survey;

import com.dealercsi.shared.Factor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A version of the questionnaire: its rated items by factor and the factor weights. Overall satisfaction (OS,
 * 1–10), likelihood to recommend (NPS, 0–10), a comment and the consent to be contacted follow in every
 * version. A version never changes once created; editing makes a new one.
 */
public record Questionnaire(
        int version,
        String name,
        QuestionnaireTemplate template,
        @Nullable Integer basedOn,
        List<QuestionnaireItem> items,
        Map<Factor, Integer> weights,
        Instant createdAt) {

    public Questionnaire {
        items = List.copyOf(items);
        weights = Map.copyOf(weights);
    }

    public List<QuestionnaireItem> itemsOf(Factor factor) {
        return items.stream().filter(item -> item.factor() == factor).toList();
    }

    public Optional<QuestionnaireItem> item(String id) {
        return items.stream().filter(item -> item.id().equals(id)).findFirst();
    }

    /**
     * The rating pages of the survey: one per factor, in factor order, or a single page when no factor has
     * more than one item (a quick pulse fits on one screen).
     */
    public List<List<QuestionnaireItem>> pages() {
        var perFactor = Arrays.stream(Factor.values())
                .map(this::itemsOf)
                .filter(list -> !list.isEmpty())
                .toList();
        if (perFactor.stream().allMatch(list -> list.size() <= 1)) {
            return List.of(perFactor.stream().flatMap(List::stream).toList());
        }
        return perFactor;
    }

    /**
     * The message key naming a rating page: a page of one factor is named after it, a quick pulse (all
     * factors on one page) by the words for all of them. The owner's survey and the phone survey say the same.
     */
    public static String titleKeyOf(List<QuestionnaireItem> page) {
        var factors = page.stream().map(QuestionnaireItem::factor).distinct().toList();
        return factors.size() == 1 ? factors.getFirst().messageKey() : "survey.step.allFactors";
    }

    /** Every rated item needs a score or "not applicable"; OS, NPS and the consent question need an answer. */
    public List<SurveySubmission.Problem> check(SurveyAnswers answers) {
        var problems = new ArrayList<SurveySubmission.Problem>();
        for (var item : items) {
            var rating = answers.ratings().get(item.id());
            if (rating == null) {
                problems.add(new SurveySubmission.Problem(item.id(), "survey.error.rating.required"));
            } else if (rating != SurveyAnswers.NOT_APPLICABLE && (rating < 1 || rating > 10)) {
                problems.add(new SurveySubmission.Problem(item.id(), "survey.error.rating.range"));
            }
        }
        if (answers.overall() == null || answers.overall() < 1 || answers.overall() > 10) {
            problems.add(new SurveySubmission.Problem("OS", "survey.error.overall.required"));
        }
        if (answers.nps() == null || answers.nps() < 0 || answers.nps() > 10) {
            problems.add(new SurveySubmission.Problem("NPS", "survey.error.nps.required"));
        }
        if (answers.comment() != null && answers.comment().length() > SurveyAnswers.MAX_COMMENT_LENGTH) {
            problems.add(new SurveySubmission.Problem("C", "survey.error.comment.length"));
        }
        if (answers.contactConsent() == null) {
            problems.add(new SurveySubmission.Problem("CB", "survey.error.consent.required"));
        }
        return problems;
    }
}
