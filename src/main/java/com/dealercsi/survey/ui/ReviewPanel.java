package com.dealercsi.survey.ui;

import com.dealercsi.shared.Language;
import com.dealercsi.survey.Questionnaire;
import com.dealercsi.survey.SurveyAnswers;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.function.IntConsumer;
import org.jspecify.annotations.Nullable;

/** Everything the owner answered before sending, one section per step, each with a way back to change it. */
final class ReviewPanel extends Div {

    private final IntConsumer goTo;

    ReviewPanel(SurveySteps steps, SurveyDraft draft, IntConsumer goTo) {
        this.goTo = goTo;
        addClassName("survey-review");
        var language = Language.of(getLocale());
        for (int i = 0; i < steps.pages().size(); i++) {
            var page = steps.pages().get(i);
            var lines = page.stream()
                    .map(item -> new String[] {item.text(language), ratingText(draft.ratings.get(item.id()))})
                    .toList();
            add(section(getTranslation(Questionnaire.titleKeyOf(page)), lines, i));
        }
        add(section(
                getTranslation("survey.step.overall"),
                List.of(
                        new String[] {getTranslation("item.OS"), ratingText(draft.overall)},
                        new String[] {getTranslation("item.NPS"), draft.nps == null ? "–" : String.valueOf(draft.nps)}),
                steps.overall()));
        add(section(
                getTranslation("survey.step.comment"),
                List.of(
                        new String[] {
                            getTranslation("item.C"),
                            draft.comment.isBlank() ? getTranslation("survey.review.noComment") : draft.comment
                        },
                        new String[] {
                            getTranslation("item.CB"),
                            draft.consent == null
                                    ? "–"
                                    : getTranslation(draft.consent ? "survey.consent.yes" : "survey.consent.no")
                        }),
                steps.comment()));
    }

    private Section section(String title, List<String[]> lines, int step) {
        var section = new Section();
        section.addClassName("survey-review-section");
        var head = new Div();
        head.addClassName("survey-review-head");
        var edit = new Button(getTranslation("survey.review.edit"), click -> goTo.accept(step));
        edit.addThemeVariants(ButtonVariant.TERTIARY);
        edit.getElement().setAttribute("aria-label", getTranslation("survey.review.editSection", title));
        head.add(new H2(title), edit);
        section.add(head);
        for (var line : lines) {
            var row = new Div(new Span(line[0]), new Span(line[1]));
            row.addClassName("survey-review-line");
            section.add(row);
        }
        return section;
    }

    private String ratingText(@Nullable Integer value) {
        if (value == null) {
            return "–";
        }
        return value == SurveyAnswers.NOT_APPLICABLE ? getTranslation("survey.notApplicable") : String.valueOf(value);
    }
}
