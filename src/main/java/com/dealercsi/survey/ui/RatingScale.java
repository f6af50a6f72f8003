package com.dealercsi.survey.ui;

import com.dealercsi.survey.SurveyAnswers;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.ArrayList;
import java.util.stream.IntStream;

/**
 * A 1–10 (or 0–10) scale of real radio buttons, laid out as large tiles for a thumb (the owner's survey and the
 * phone survey on a revisit call). The group's label is the
 * question, which is what a screen reader announces; the end labels say which end is good.
 */
public class RatingScale extends RadioButtonGroup<Integer> {

    public RatingScale(String id, String question, int from, int to, boolean notApplicableAllowed, String endLabels) {
        setId("rating-" + id);
        setLabel(question);
        setHelperText(endLabels);
        var values =
                new ArrayList<Integer>(IntStream.rangeClosed(from, to).boxed().toList());
        if (notApplicableAllowed) {
            values.add(SurveyAnswers.NOT_APPLICABLE);
        }
        setItems(values);
        setItemLabelGenerator(value ->
                value == SurveyAnswers.NOT_APPLICABLE ? getTranslation("survey.notApplicable") : String.valueOf(value));
        addClassName("rating-scale");
        if (from == 0) {
            addClassName("rating-scale-eleven");
        }
        setRequiredIndicatorVisible(true);
        addValueChangeListener(change -> setInvalid(false));
    }

    /** Moves keyboard and screen-reader focus to the scale, e.g. to the first unanswered question. */
    public void focus() {
        getElement().callJsFunction("focus");
    }

    public void showProblem(String message) {
        setErrorMessage(message);
        setInvalid(true);
    }
}
