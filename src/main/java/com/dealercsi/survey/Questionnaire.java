package com.dealercsi.survey;

import com.dealercsi.shared.Factor;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A version of the questionnaire: its rated items by factor and the factor weights. Overall satisfaction (OS,
 * 1–10), likelihood to recommend (NPS, 0–10), a comment and the consent to be contacted follow in every version.
 */
public record Questionnaire(int version, List<QuestionnaireItem> items, Map<Factor, Integer> weights) {

    public Questionnaire {
        items = List.copyOf(items);
        weights = Map.copyOf(weights);
    }

    /** Questionnaire v1 of the product brief. */
    public static final Questionnaire STANDARD_V1 = new Questionnaire(1, List.of(
            new QuestionnaireItem("SI1", Factor.SERVICE_INITIATION),
            new QuestionnaireItem("SI2", Factor.SERVICE_INITIATION),
            new QuestionnaireItem("SI3", Factor.SERVICE_INITIATION),
            new QuestionnaireItem("SA1", Factor.SERVICE_ADVISOR),
            new QuestionnaireItem("SA2", Factor.SERVICE_ADVISOR),
            new QuestionnaireItem("SA3", Factor.SERVICE_ADVISOR),
            new QuestionnaireItem("SQ1", Factor.SERVICE_QUALITY),
            new QuestionnaireItem("SQ2", Factor.SERVICE_QUALITY),
            new QuestionnaireItem("SQ3", Factor.SERVICE_QUALITY),
            new QuestionnaireItem("SF1", Factor.SERVICE_FACILITY),
            new QuestionnaireItem("SF2", Factor.SERVICE_FACILITY),
            new QuestionnaireItem("SF3", Factor.SERVICE_FACILITY),
            new QuestionnaireItem("VP1", Factor.VEHICLE_PICKUP),
            new QuestionnaireItem("VP2", Factor.VEHICLE_PICKUP),
            new QuestionnaireItem("VP3", Factor.VEHICLE_PICKUP)),
            defaultWeights());

    public static Questionnaire current() {
        return STANDARD_V1;
    }

    public static Optional<Questionnaire> version(int version) {
        return version == STANDARD_V1.version ? Optional.of(STANDARD_V1) : Optional.empty();
    }

    public List<QuestionnaireItem> itemsOf(Factor factor) {
        return items.stream().filter(item -> item.factor() == factor).toList();
    }

    /** Every rated item needs a score or "not applicable"; OS, NPS and the consent question need an answer. */
    public List<SurveySubmission.Problem> check(SurveyAnswers answers) {
        var problems = new java.util.ArrayList<SurveySubmission.Problem>();
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

    public Optional<QuestionnaireItem> item(String id) {
        return items.stream().filter(item -> item.id().equals(id)).findFirst();
    }

    private static Map<Factor, Integer> defaultWeights() {
        var weights = new EnumMap<Factor, Integer>(Factor.class);
        Arrays.stream(Factor.values()).forEach(f -> weights.put(f, f.defaultWeight()));
        return weights;
    }
}
