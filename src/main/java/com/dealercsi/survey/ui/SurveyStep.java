package com.dealercsi.survey.ui;

import com.dealercsi.shared.Language;
import com.dealercsi.survey.Questionnaire;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import org.jspecify.annotations.Nullable;

/**
 * The step the owner is on, under the header: how far they have come, the step's questions filled in from the
 * draft, and the way on. Every answer goes into the draft at once and is reported, so it can be saved.
 */
final class SurveyStep extends Div {

    private final SurveyDraft draft;
    private final Runnable answered;
    /** By field, in page order: what "next" checks and where a problem is shown. */
    private final Map<String, RatingScale> scales = new LinkedHashMap<>();

    private @Nullable StepHeading heading;

    SurveyStep(
            SurveySteps steps,
            SurveyDraft draft,
            @Nullable SurveyGreeting greeting,
            Runnable answered,
            IntConsumer goTo,
            SurveyNavigation navigation) {
        this.draft = draft;
        this.answered = answered;
        addClassName("survey-step");
        var step = draft.step;
        if (greeting != null) {
            add(greeting);
        }
        var progressText = getTranslation("survey.progress", step + 1, steps.count());
        var progress = new ProgressBar(0, steps.count(), step + 1);
        progress.getElement().setAttribute("aria-label", progressText);
        var progressLabel = new Span(progressText);
        progressLabel.addClassName("survey-progress-text");
        add(progressLabel, progress);
        if (step < steps.overall()) {
            var page = steps.pages().get(step);
            add(heading(getTranslation(Questionnaire.titleKeyOf(page))));
            var language = Language.of(getLocale());
            for (var item : page) {
                add(scale(
                        item.id(),
                        item.text(language),
                        1,
                        true,
                        "survey.scale.ends",
                        draft.ratings.get(item.id()),
                        value -> draft.ratings.put(item.id(), value)));
            }
        } else if (step == steps.overall()) {
            add(
                    heading(getTranslation("survey.step.overall")),
                    scale(
                            "OS",
                            getTranslation("item.OS"),
                            1,
                            false,
                            "survey.scale.ends",
                            draft.overall,
                            value -> draft.overall = value),
                    scale(
                            "NPS",
                            getTranslation("item.NPS"),
                            0,
                            false,
                            "survey.scale.npsEnds",
                            draft.nps,
                            value -> draft.nps = value));
        } else if (step == steps.comment()) {
            add(
                    heading(getTranslation("survey.step.comment")),
                    new CommentField(draft.comment, text -> answer(() -> draft.comment = text)),
                    consentChoice());
        } else {
            add(
                    heading(getTranslation("survey.step.review")),
                    new Paragraph(getTranslation("survey.review.intro")),
                    new ReviewPanel(steps, draft, goTo));
        }
        add(navigation);
    }

    Map<String, RatingScale> scales() {
        return Collections.unmodifiableMap(scales);
    }

    @Nullable
    StepHeading heading() {
        return heading;
    }

    private StepHeading heading(String text) {
        heading = new StepHeading(text);
        return heading;
    }

    private RatingScale scale(
            String field,
            String question,
            int from,
            boolean notApplicableAllowed,
            String endsKey,
            @Nullable Integer value,
            Consumer<Integer> into) {
        var scale = new RatingScale(field, question, from, 10, notApplicableAllowed, getTranslation(endsKey));
        scale.setValue(value);
        scale.addValueChangeListener(change -> answer(() -> into.accept(change.getValue())));
        scales.put(field, scale);
        return scale;
    }

    private ConsentChoice consentChoice() {
        var consent = new ConsentChoice();
        consent.setValue(draft.consent);
        consent.addValueChangeListener(change -> answer(() -> draft.consent = change.getValue()));
        return consent;
    }

    private void answer(Runnable intoDraft) {
        intoDraft.run();
        answered.run();
    }
}
