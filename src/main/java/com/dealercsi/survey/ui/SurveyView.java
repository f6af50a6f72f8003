package com.dealercsi.survey.ui;

import com.dealercsi.shared.Factor;
import com.dealercsi.shared.Language;
import com.dealercsi.shared.ui.LanguageSwitch;
import com.dealercsi.survey.Questionnaire;
import com.dealercsi.survey.SurveyAnswers;
import com.dealercsi.survey.SurveyOpening;
import com.dealercsi.survey.SurveySubmission;
import com.dealercsi.survey.Surveys;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The owner's questionnaire: one factor per step, then overall satisfaction and recommendation, then the
 * comment and consent. Answers live in the page until submitted; the service decides what is complete.
 */
@Route(value = "survey/:token", autoLayout = false)
@AnonymousAllowed
public class SurveyView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String LANGUAGE_CHOSEN = "csi.survey.language-chosen";
    private static final List<Factor> FACTORS = List.of(Factor.values());
    private static final int OVERALL_STEP = FACTORS.size();
    private static final int LAST_STEP = OVERALL_STEP + 1;

    private final Surveys surveys;
    private final Map<String, Integer> ratings = new HashMap<>();
    private final Map<String, RatingScale> scales = new LinkedHashMap<>();
    private String token = "";
    private @Nullable SurveyOpening opening;
    private int step;
    private @Nullable Integer overall;
    private @Nullable Integer nps;
    private String comment = "";
    private @Nullable Boolean consent;
    private boolean submitted;

    public SurveyView(Surveys surveys) {
        this.surveys = surveys;
        addClassName("survey");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        opening = surveys.open(token);
        if (VaadinSession.getCurrent().getAttribute(LANGUAGE_CHOSEN) == null) {
            languageOf(opening).ifPresent(language -> UI.getCurrent().setLocale(language.locale()));
        }
        render();
    }

    private void render() {
        removeAll();
        var header = new Header();
        header.addClassName("survey-header");
        var storeName = new Span(greeting() == null ? getTranslation("app.name") : greeting().storeName());
        storeName.addClassName("survey-store");
        header.add(storeName, new LanguageSwitch(() -> {
            VaadinSession.getCurrent().setAttribute(LANGUAGE_CHOSEN, Boolean.TRUE);
            render();
        }));
        add(header);
        var content = new Section();
        content.addClassName("survey-content");
        add(content);
        if (submitted) {
            content.add(notice("survey.thanks.title", getTranslation("survey.thanks.text")));
            return;
        }
        switch (opening) {
            case SurveyOpening.Ready ready -> content.add(stepContent(ready.questionnaire()));
            case SurveyOpening.AlreadyAnswered answered -> content.add(notice("survey.answered.title",
                    getTranslation("survey.answered.text")));
            case SurveyOpening.Expired expired -> content.add(notice("survey.expired.title",
                    expired.greeting().storePhone() == null ? getTranslation("survey.expired.text")
                            : getTranslation("survey.expired.textWithPhone", expired.greeting().storePhone())));
            case SurveyOpening.NotFound notFound -> content.add(notice("survey.notFound.title",
                    getTranslation("survey.notFound.text")));
            case null -> content.add(notice("survey.notFound.title", getTranslation("survey.notFound.text")));
        }
    }

    private Component stepContent(Questionnaire questionnaire) {
        var step = new Div();
        step.addClassName("survey-step");
        if (this.step == 0) {
            step.add(greetingParagraph());
        }
        var progress = new ProgressBar(0, LAST_STEP + 1, this.step + 1);
        progress.getElement().setAttribute("aria-label", getTranslation("survey.progress", this.step + 1, LAST_STEP + 1));
        var progressText = new Span(getTranslation("survey.progress", this.step + 1, LAST_STEP + 1));
        progressText.addClassName("survey-progress-text");
        step.add(progressText, progress);
        scales.clear();
        if (this.step < OVERALL_STEP) {
            var factor = FACTORS.get(this.step);
            step.add(new H2(getTranslation(factor.messageKey())));
            for (var item : questionnaire.itemsOf(factor)) {
                var scale = new RatingScale(item.id(), getTranslation(item.messageKey()), 1, 10, true,
                        getTranslation("survey.scale.ends"));
                scale.setValue(ratings.get(item.id()));
                scale.addValueChangeListener(change -> ratings.put(item.id(), change.getValue()));
                scales.put(item.id(), scale);
                step.add(scale);
            }
        } else if (this.step == OVERALL_STEP) {
            step.add(new H2(getTranslation("survey.step.overall")));
            var os = new RatingScale("OS", getTranslation("item.OS"), 1, 10, false, getTranslation("survey.scale.ends"));
            os.setValue(overall);
            os.addValueChangeListener(change -> overall = change.getValue());
            var recommend = new RatingScale("NPS", getTranslation("item.NPS"), 0, 10, false,
                    getTranslation("survey.scale.npsEnds"));
            recommend.setValue(nps);
            recommend.addValueChangeListener(change -> nps = change.getValue());
            scales.put("OS", os);
            scales.put("NPS", recommend);
            step.add(os, recommend);
        } else {
            step.add(new H2(getTranslation("survey.step.comment")));
            step.add(commentField(), consentField());
        }
        step.add(navigation());
        return step;
    }

    private Component commentField() {
        var field = new TextArea(getTranslation("item.C"));
        field.setId("comment");
        field.setMaxLength(SurveyAnswers.MAX_COMMENT_LENGTH);
        field.setValueChangeMode(ValueChangeMode.EAGER);
        field.setValue(comment);
        field.setWidthFull();
        field.setHelperText(getTranslation("survey.comment.counter", String.valueOf(comment.length()), String.valueOf(SurveyAnswers.MAX_COMMENT_LENGTH)));
        field.addValueChangeListener(change -> {
            comment = change.getValue();
            field.setHelperText(getTranslation("survey.comment.counter", String.valueOf(comment.length()),
                    String.valueOf(SurveyAnswers.MAX_COMMENT_LENGTH)));
        });
        return field;
    }

    private Component consentField() {
        var field = new RadioButtonGroup<Boolean>(getTranslation("item.CB"));
        field.setId("consent");
        field.setItems(Boolean.TRUE, Boolean.FALSE);
        field.setItemLabelGenerator(yes -> getTranslation(yes ? "survey.consent.yes" : "survey.consent.no"));
        field.addClassName("choice-tiles");
        field.setRequiredIndicatorVisible(true);
        field.setValue(consent);
        field.addValueChangeListener(change -> {
            consent = change.getValue();
            field.setInvalid(false);
        });
        return field;
    }

    private Component navigation() {
        var buttons = new Div();
        buttons.addClassName("survey-nav");
        if (step > 0) {
            var back = new Button(getTranslation("survey.back"), click -> goTo(step - 1));
            back.addThemeVariants(ButtonVariant.TERTIARY);
            buttons.add(back);
        }
        if (step < LAST_STEP) {
            var next = new Button(getTranslation("survey.next"), click -> nextStep());
            next.addThemeVariants(ButtonVariant.PRIMARY);
            next.setId("next");
            buttons.add(next);
        } else {
            var submit = new Button(getTranslation("survey.submit"));
            submit.addThemeVariants(ButtonVariant.PRIMARY);
            submit.setId("submit");
            // a double tap sends one click: the button is disabled in the browser before the second
            submit.setDisableOnClick(true);
            submit.addClickListener(click -> submit(submit));
            buttons.add(submit);
        }
        return buttons;
    }

    private void nextStep() {
        var missing = scales.values().stream().filter(scale -> scale.getValue() == null).toList();
        missing.forEach(scale -> scale.showProblem(getTranslation(
                scale.getId().orElse("").endsWith("NPS") ? "survey.error.nps.required"
                        : scale.getId().orElse("").endsWith("OS") ? "survey.error.overall.required"
                        : "survey.error.rating.required")));
        if (missing.isEmpty()) {
            goTo(step + 1);
        } else {
            missing.getFirst().focus();
        }
    }

    private void goTo(int target) {
        step = target;
        render();
        UI.getCurrent().getPage().executeJs("window.scrollTo(0, 0)");
    }

    private void submit(Button submit) {
        var answers = new SurveyAnswers(ratings, overall, nps, comment, consent);
        switch (surveys.submit(token, answers)) {
            case SurveySubmission.Stored stored -> showThanks();
            case SurveySubmission.Invalid invalid -> {
                submit.setEnabled(true);
                var first = invalid.problems().getFirst();
                goTo(stepOf(first.field()));
                if (scales.containsKey(first.field())) {
                    scales.get(first.field()).showProblem(getTranslation(first.messageKey()));
                    scales.get(first.field()).focus();
                }
            }
            case SurveySubmission.NotAnswerable notAnswerable -> {
                opening = notAnswerable.reason();
                render();
            }
        }
    }

    private int stepOf(String field) {
        return switch (field) {
            case "OS", "NPS" -> OVERALL_STEP;
            case "C", "CB" -> LAST_STEP;
            default -> Questionnaire.current().item(field).map(item -> FACTORS.indexOf(item.factor())).orElse(0);
        };
    }

    private void showThanks() {
        submitted = true;
        render();
    }

    private Component notice(String titleKey, String text) {
        var notice = new Div();
        notice.addClassName("survey-notice");
        var title = new H1(getTranslation(titleKey));
        notice.add(title, new Paragraph(text));
        return notice;
    }

    private Component greetingParagraph() {
        var greeting = greeting();
        var paragraph = new Paragraph();
        paragraph.addClassName("survey-greeting");
        if (greeting != null) {
            var date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale())
                    .withZone(greeting.storeZone()).format(greeting.deliveredAt());
            paragraph.setText(getTranslation("survey.greeting", greeting.ownerName(), date, greeting.storeName(),
                    getTranslation(greeting.serviceTypeKey()), greeting.model()));
        }
        return paragraph;
    }

    private SurveyOpening.@Nullable Greeting greeting() {
        return switch (opening) {
            case SurveyOpening.Ready ready -> ready.greeting();
            case SurveyOpening.AlreadyAnswered answered -> answered.greeting();
            case SurveyOpening.Expired expired -> expired.greeting();
            case SurveyOpening.NotFound notFound -> null;
            case null -> null;
        };
    }

    private static java.util.Optional<Language> languageOf(SurveyOpening opening) {
        return switch (opening) {
            case SurveyOpening.Ready ready -> java.util.Optional.of(ready.greeting().language());
            case SurveyOpening.AlreadyAnswered answered -> java.util.Optional.of(answered.greeting().language());
            case SurveyOpening.Expired expired -> java.util.Optional.of(expired.greeting().language());
            case SurveyOpening.NotFound notFound -> java.util.Optional.empty();
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("survey.pageTitle");
    }
}
