package com.dealercsi.survey.ui;

import com.dealercsi.survey.SurveyAnswers;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.function.Consumer;

/** The owner's free comment, with a counter so the limit is seen before it is reached. */
final class CommentField extends TextArea {

    CommentField(String comment, Consumer<String> onChange) {
        setLabel(getTranslation("item.C"));
        setId("comment");
        setMaxLength(SurveyAnswers.MAX_COMMENT_LENGTH);
        setValueChangeMode(ValueChangeMode.LAZY);
        setValue(comment);
        setWidthFull();
        setHelperText(counter(comment));
        addValueChangeListener(change -> {
            setHelperText(counter(change.getValue()));
            onChange.accept(change.getValue());
        });
    }

    private String counter(String comment) {
        return getTranslation(
                "survey.comment.counter",
                String.valueOf(comment.length()),
                String.valueOf(SurveyAnswers.MAX_COMMENT_LENGTH));
    }
}
