package com.dealercsi.survey;

import com.dealercsi.shared.Factor;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** What an administrator asks for when creating a version: based on an existing one, with edits. */
public record NewQuestionnaireVersion(
        int basedOn, String name, List<QuestionnaireItem> items, Map<Factor, Integer> weights) {

    private static final Pattern ITEM_ID = Pattern.compile("[A-Z][A-Z0-9]{0,15}");

    public NewQuestionnaireVersion {
        items = List.copyOf(items);
        weights = Map.copyOf(weights);
    }

    /** Problems as message keys with the field they belong to; empty when the version can be created. */
    public List<SurveySubmission.Problem> check() {
        var problems = new ArrayList<SurveySubmission.Problem>();
        if (name.isBlank() || name.length() > 100) {
            problems.add(new SurveySubmission.Problem("name", "questionnaire.error.name"));
        }
        if (items.isEmpty()) {
            problems.add(new SurveySubmission.Problem("items", "questionnaire.error.noItems"));
        }
        var ids = new HashSet<String>();
        for (var item : items) {
            if (!ITEM_ID.matcher(item.id()).matches()) {
                problems.add(new SurveySubmission.Problem(item.id(), "questionnaire.error.itemId"));
            } else if (!ids.add(item.id())) {
                problems.add(new SurveySubmission.Problem(item.id(), "questionnaire.error.duplicateId"));
            }
            if (item.textZh().isBlank() || item.textEn().isBlank()) {
                problems.add(new SurveySubmission.Problem(item.id(), "questionnaire.error.itemText"));
            } else if (item.textZh().length() > 300 || item.textEn().length() > 300) {
                problems.add(new SurveySubmission.Problem(item.id(), "questionnaire.error.itemTextLength"));
            }
        }
        for (var factor : Factor.values()) {
            int weight = weights.getOrDefault(factor, 0);
            if (weight < 0 || weight > 100) {
                problems.add(new SurveySubmission.Problem(factor.code(), "questionnaire.error.weightRange"));
            } else if (weight == 0 && items.stream().anyMatch(item -> item.factor() == factor)) {
                problems.add(new SurveySubmission.Problem(factor.code(), "questionnaire.error.weightZero"));
            }
        }
        return problems;
    }
}
