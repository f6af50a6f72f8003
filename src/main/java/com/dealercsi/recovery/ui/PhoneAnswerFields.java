package com.dealercsi.recovery.ui;

import com.dealercsi.shared.Language;
import com.dealercsi.survey.Questionnaire;
import com.dealercsi.survey.SurveyAnswers;
import com.dealercsi.survey.SurveySubmission;
import com.dealercsi.survey.ui.ConsentChoice;
import com.dealercsi.survey.ui.RatingScale;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole questionnaire as fields side by side on the page (no wrapper, so staff scroll one list), and the
 * owner's answers as staff tapped them. Not a component itself: the page lays the fields out.
 */
final class PhoneAnswerFields {

    private final Questionnaire questionnaire;
    private final Component page;
    private final Map<String, RatingScale> scales = new LinkedHashMap<>();
    private final List<Component> components = new ArrayList<>();
    private final TextArea comment;
    private final ConsentChoice consent = new ConsentChoice();

    /** {@code page} translates the labels into the staff member's language, which is {@code language}. */
    PhoneAnswerFields(Questionnaire questionnaire, Language language, Component page) {
        this.questionnaire = questionnaire;
        this.page = page;
        for (var items : questionnaire.pages()) {
            components.add(new H3(page.getTranslation(Questionnaire.titleKeyOf(items))));
            for (var item : items) {
                components.add(scale(item.id(), item.text(language), 1, true, "survey.scale.ends"));
            }
        }
        components.add(new H3(page.getTranslation("survey.step.overall")));
        components.add(scale("OS", page.getTranslation("item.OS"), 1, false, "survey.scale.ends"));
        components.add(scale("NPS", page.getTranslation("item.NPS"), 0, false, "survey.scale.npsEnds"));

        comment = new TextArea(page.getTranslation("item.C"));
        comment.setId("comment");
        comment.setMaxLength(SurveyAnswers.MAX_COMMENT_LENGTH);
        comment.setWidthFull();
        comment.addValueChangeListener(change -> comment.setInvalid(false));
        components.addAll(List.of(new H3(page.getTranslation("survey.step.comment")), comment, consent));
    }

    List<Component> components() {
        return List.copyOf(components);
    }

    SurveyAnswers answers() {
        var ratings = new HashMap<String, Integer>();
        for (var item : questionnaire.items()) {
            var value = scales.get(item.id()).getValue();
            if (value != null) {
                ratings.put(item.id(), value);
            }
        }
        return new SurveyAnswers(
                ratings,
                scales.get("OS").getValue(),
                scales.get("NPS").getValue(),
                comment.getValue(),
                consent.getValue());
    }

    /** Marks every problem at its field and moves the focus to the first. */
    void showProblems(SurveySubmission.Invalid invalid) {
        for (var problem : invalid.problems()) {
            var message = page.getTranslation(problem.messageKey());
            switch (problem.field()) {
                case "C" -> {
                    comment.setErrorMessage(message);
                    comment.setInvalid(true);
                }
                case "CB" -> {
                    consent.setErrorMessage(message);
                    consent.setInvalid(true);
                }
                default -> {
                    var scale = scales.get(problem.field());
                    if (scale != null) {
                        scale.showProblem(message);
                    }
                }
            }
        }
        var first = invalid.problems().getFirst().field();
        if (scales.containsKey(first)) {
            scales.get(first).focus();
        } else if ("CB".equals(first)) {
            consent.getElement().callJsFunction("focus");
        }
    }

    private RatingScale scale(String id, String question, int from, boolean notApplicable, String endsKey) {
        var scale = new RatingScale(id, question, from, 10, notApplicable, page.getTranslation(endsKey));
        scales.put(id, scale);
        return scale;
    }
}
