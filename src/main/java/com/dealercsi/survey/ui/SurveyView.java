package com.dealercsi.survey.ui;

import com.dealercsi.shared.Language;
import com.dealercsi.shared.ui.LanguageSwitch;
import com.dealercsi.survey.AnswerTriage.FollowUp;
import com.dealercsi.survey.QuestionnaireItem;
import com.dealercsi.survey.SavedProgress;
import com.dealercsi.survey.SurveyAnswers;
import com.dealercsi.survey.SurveyOpening;
import com.dealercsi.survey.SurveySubmission;
import com.dealercsi.survey.Surveys;
import com.dealercsi.survey.internal.SurveyLinkFilter;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
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
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The owner's questionnaire: one factor per step, then overall satisfaction and recommendation, the comment
 * and consent, and a review before sending. What the owner taps is kept on the server at once, so the link
 * resumes where they stopped. The personal link's token arrives in the HTTP session (SurveyLinkFilter), never
 * in this page's address.
 */
@Route(value = "survey", autoLayout = false)
@AnonymousAllowed
public class SurveyView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String LANGUAGE_CHOSEN = "csi.survey.language-chosen";

    private final Surveys surveys;
    private final Clock clock;
    private final Map<String, Integer> ratings = new HashMap<>();
    private final Map<String, RatingScale> scales = new LinkedHashMap<>();
    private String token = "";
    private @Nullable SurveyOpening opening;
    private List<List<QuestionnaireItem>> pages = List.of();
    private int questionnaireVersion;
    private int step;
    private @Nullable Integer overall;
    private @Nullable Integer nps;
    private String comment = "";
    private @Nullable Boolean consent;
    private @Nullable FollowUp submitted;
    private @Nullable H1 stepHeading;

    public SurveyView(Surveys surveys, Clock clock) {
        this.surveys = surveys;
        this.clock = clock;
        addClassName("survey");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var session = VaadinSession.getCurrent().getSession();
        token = session.getAttribute(SurveyLinkFilter.SESSION_TOKEN) instanceof String stored ? stored : "";
        opening = token.isEmpty() ? new SurveyOpening.NotFound() : surveys.open(token);
        if (opening instanceof SurveyOpening.Ready ready) {
            pages = ready.questionnaire().pages();
            questionnaireVersion = ready.questionnaire().version();
            restore(ready.progress());
        }
        if (VaadinSession.getCurrent().getAttribute(LANGUAGE_CHOSEN) == null) {
            languageOf(opening).ifPresent(language -> UI.getCurrent().setLocale(language.locale()));
        }
        render();
    }

    private void restore(SavedProgress progress) {
        ratings.clear();
        ratings.putAll(progress.answers().ratings());
        overall = progress.answers().overall();
        nps = progress.answers().nps();
        comment = progress.answers().comment() == null ? "" : progress.answers().comment();
        consent = progress.answers().contactConsent();
        step = Math.clamp(progress.step(), 0, reviewStep());
    }

    private void render() {
        removeAll();
        stepHeading = null;
        UI.getCurrent().getPage().executeJs("document.documentElement.lang = $0",
                Language.of(getLocale()).tag());
        var header = new Header();
        header.addClassName("survey-header");
        var storeName = new Span(greeting() == null ? getTranslation("app.name") : greeting().storeName());
        storeName.addClassName("survey-store");
        var brand = new Div();
        brand.addClassName("survey-brand");
        if (greeting() != null && greeting().storeLogoUrl() != null) {
            // the name beside it says the same, so the image needs no text of its own for screen readers
            var logo = new Image(greeting().storeLogoUrl(), "");
            logo.addClassName("survey-logo");
            brand.add(logo);
        }
        brand.add(storeName);
        header.add(brand, new LanguageSwitch(() -> {
            VaadinSession.getCurrent().setAttribute(LANGUAGE_CHOSEN, Boolean.TRUE);
            render();
        }));
        add(header);
        var content = new Section();
        content.addClassName("survey-content");
        add(content);
        if (submitted != null) {
            content.add(notice("survey.thanks.title", getTranslation("survey.thanks.text"),
                    getTranslation(switch (submitted) {
                        case MANAGER_WILL_CALL -> "survey.thanks.managerWillCall";
                        case CONTACT_REQUESTED -> "survey.thanks.contactRequested";
                        case NONE -> "survey.thanks.nothingMore";
                    })));
            return;
        }
        switch (opening) {
            case SurveyOpening.Ready ready -> content.add(stepContent());
            case SurveyOpening.AlreadyAnswered answered -> content.add(notice("survey.answered.title",
                    getTranslation("survey.answered.text")));
            case SurveyOpening.Expired expired -> {
                var phone = expired.greeting().storePhone();
                content.add(notice("survey.expired.title", phone == null ? getTranslation("survey.expired.text")
                        : getTranslation("survey.expired.textWithPhone", phone)));
                if (phone != null) {
                    // on a phone, one tap starts the call instead of copying the number by hand
                    var call = new Anchor("tel:" + phone.replaceAll("[^0-9+]", ""),
                            getTranslation("survey.expired.call", phone));
                    call.addClassName("survey-call");
                    content.add(call);
                }
            }
            case SurveyOpening.NotFound notFound -> content.add(notice("survey.notFound.title",
                    getTranslation("survey.notFound.text")));
            case null -> content.add(notice("survey.notFound.title", getTranslation("survey.notFound.text")));
        }
    }

    private Component stepContent() {
        var container = new Div();
        container.addClassName("survey-step");
        if (step == 0) {
            container.add(greetingParagraph());
        }
        var progressText = getTranslation("survey.progress", step + 1, reviewStep() + 1);
        var progress = new ProgressBar(0, reviewStep() + 1, step + 1);
        progress.getElement().setAttribute("aria-label", progressText);
        var progressLabel = new Span(progressText);
        progressLabel.addClassName("survey-progress-text");
        container.add(progressLabel, progress);
        scales.clear();
        if (step < overallStep()) {
            var page = pages.get(step);
            container.add(heading(pageTitle(page)));
            for (var item : page) {
                var scale = new RatingScale(item.id(), item.text(language()), 1, 10, true,
                        getTranslation("survey.scale.ends"));
                scale.setValue(ratings.get(item.id()));
                scale.addValueChangeListener(change -> {
                    ratings.put(item.id(), change.getValue());
                    saveProgress();
                });
                scales.put(item.id(), scale);
                container.add(scale);
            }
        } else if (step == overallStep()) {
            container.add(heading(getTranslation("survey.step.overall")));
            var os = new RatingScale("OS", getTranslation("item.OS"), 1, 10, false, getTranslation("survey.scale.ends"));
            os.setValue(overall);
            os.addValueChangeListener(change -> {
                overall = change.getValue();
                saveProgress();
            });
            var recommend = new RatingScale("NPS", getTranslation("item.NPS"), 0, 10, false,
                    getTranslation("survey.scale.npsEnds"));
            recommend.setValue(nps);
            recommend.addValueChangeListener(change -> {
                nps = change.getValue();
                saveProgress();
            });
            scales.put("OS", os);
            scales.put("NPS", recommend);
            container.add(os, recommend);
        } else if (step == commentStep()) {
            container.add(heading(getTranslation("survey.step.comment")));
            container.add(commentField(), consentField());
        } else {
            container.add(heading(getTranslation("survey.step.review")));
            container.add(new Paragraph(getTranslation("survey.review.intro")));
            container.add(review());
        }
        container.add(navigation());
        return container;
    }

    private int overallStep() {
        return pages.size();
    }

    private int commentStep() {
        return overallStep() + 1;
    }

    private int reviewStep() {
        return commentStep() + 1;
    }

    private Language language() {
        return Language.of(getLocale());
    }

    /** A page of one factor is named after it; a quick pulse has all factors on one page. */
    private String pageTitle(List<QuestionnaireItem> page) {
        var factors = page.stream().map(QuestionnaireItem::factor).distinct().toList();
        return factors.size() == 1 ? getTranslation(factors.getFirst().messageKey())
                : getTranslation("survey.step.allFactors");
    }

    private H1 heading(String text) {
        var heading = new H1(text);
        heading.addClassName("survey-step-title");
        // focus moves here on every step, so a screen reader announces where the owner is
        heading.getElement().setAttribute("tabindex", "-1");
        stepHeading = heading;
        return heading;
    }

    private Component review() {
        var review = new Div();
        review.addClassName("survey-review");
        for (int i = 0; i < pages.size(); i++) {
            var lines = pages.get(i).stream()
                    .map(item -> new String[] {item.text(language()), ratingText(ratings.get(item.id()))})
                    .toList();
            review.add(reviewSection(pageTitle(pages.get(i)), lines, i));
        }
        review.add(reviewSection(getTranslation("survey.step.overall"), List.of(
                new String[] {getTranslation("item.OS"), ratingText(overall)},
                new String[] {getTranslation("item.NPS"), nps == null ? "–" : String.valueOf(nps)}), overallStep()));
        review.add(reviewSection(getTranslation("survey.step.comment"), List.of(
                new String[] {getTranslation("item.C"), comment.isBlank() ? getTranslation("survey.review.noComment") : comment},
                new String[] {getTranslation("item.CB"), consent == null ? "–"
                        : getTranslation(consent ? "survey.consent.yes" : "survey.consent.no")}), commentStep()));
        return review;
    }

    private Component reviewSection(String title, List<String[]> lines, int targetStep) {
        var section = new Section();
        section.addClassName("survey-review-section");
        var head = new Div();
        head.addClassName("survey-review-head");
        var edit = new Button(getTranslation("survey.review.edit"), click -> goTo(targetStep));
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

    private Component commentField() {
        var field = new TextArea(getTranslation("item.C"));
        field.setId("comment");
        field.setMaxLength(SurveyAnswers.MAX_COMMENT_LENGTH);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setValue(comment);
        field.setWidthFull();
        field.setHelperText(counter());
        field.addValueChangeListener(change -> {
            comment = change.getValue();
            field.setHelperText(counter());
            saveProgress();
        });
        return field;
    }

    private String counter() {
        return getTranslation("survey.comment.counter", String.valueOf(comment.length()),
                String.valueOf(SurveyAnswers.MAX_COMMENT_LENGTH));
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
            saveProgress();
        });
        return field;
    }

    private Component navigation() {
        var buttons = new Div();
        buttons.addClassName("survey-nav");
        if (step > 0) {
            var back = new Button(getTranslation("survey.back"), click -> goTo(step - 1));
            back.addThemeVariants(ButtonVariant.TERTIARY);
            back.setId("back");
            buttons.add(back);
        }
        if (step < reviewStep()) {
            var next = new Button(getTranslation(step == commentStep() ? "survey.toReview" : "survey.next"),
                    click -> nextStep());
            next.addThemeVariants(ButtonVariant.PRIMARY);
            next.setId("next");
            buttons.add(next);
        } else {
            var submit = new Button(getTranslation("survey.submit"));
            submit.addThemeVariants(ButtonVariant.PRIMARY);
            submit.setId("submit");
            // a double tap sends one click: the browser disables the button before the second
            submit.setDisableOnClick(true);
            submit.addClickListener(click -> submit(submit));
            buttons.add(submit);
        }
        return buttons;
    }

    private void nextStep() {
        var missing = scales.values().stream().filter(scale -> scale.getValue() == null).toList();
        missing.forEach(scale -> scale.showProblem(getTranslation(problemKey(scale))));
        if (missing.isEmpty()) {
            goTo(step + 1);
        } else {
            missing.getFirst().focus();
        }
    }

    private static String problemKey(RatingScale scale) {
        var id = scale.getId().orElse("");
        return id.endsWith("-NPS") ? "survey.error.nps.required"
                : id.endsWith("-OS") ? "survey.error.overall.required" : "survey.error.rating.required";
    }

    private void goTo(int target) {
        step = target;
        saveProgress();
        render();
        UI.getCurrent().getPage().executeJs("window.scrollTo(0, 0)");
        if (stepHeading != null) {
            stepHeading.getElement().callJsFunction("focus");
        }
    }

    private void saveProgress() {
        if (opening instanceof SurveyOpening.Ready) {
            surveys.saveProgress(token, new SavedProgress(answers(), step, questionnaireVersion));
        }
    }

    private SurveyAnswers answers() {
        return new SurveyAnswers(ratings, overall, nps, comment, consent);
    }

    private void submit(Button submit) {
        switch (surveys.submit(token, questionnaireVersion, answers())) {
            case SurveySubmission.Stored stored -> {
                submitted = stored.followUp();
                render();
                UI.getCurrent().getPage().executeJs("window.scrollTo(0, 0)");
            }
            case SurveySubmission.Invalid invalid -> {
                submit.setEnabled(true);
                var first = invalid.problems().getFirst();
                goTo(stepOf(first.field()));
                var scale = scales.get(first.field());
                if (scale != null) {
                    scale.showProblem(getTranslation(first.messageKey()));
                    scale.focus();
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
            case "OS", "NPS" -> overallStep();
            case "C", "CB" -> commentStep();
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

    private Component notice(String titleKey, String... paragraphs) {
        var notice = new Div();
        notice.addClassName("survey-notice");
        notice.add(new H1(getTranslation(titleKey)));
        for (var text : paragraphs) {
            notice.add(new Paragraph(text));
        }
        return notice;
    }

    private Component greetingParagraph() {
        var greeting = greeting();
        var paragraph = new Paragraph();
        paragraph.addClassName("survey-greeting");
        if (greeting != null) {
            var today = LocalDate.now(clock.withZone(greeting.storeZone()));
            var day = VisitDay.of(greeting.deliveredAt(), greeting.storeZone(), today, getLocale());
            paragraph.setText(com.dealercsi.shared.Texts.spacedBetweenChineseAndLatin(getTranslation("survey.greeting",
                    greeting.ownerName(), getTranslation(day.messageKey(), day.argument()), greeting.storeName(),
                    getTranslation(greeting.serviceTypeKey()), greeting.model())));
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

    private static Optional<Language> languageOf(SurveyOpening opening) {
        return switch (opening) {
            case SurveyOpening.Ready ready -> Optional.of(ready.greeting().language());
            case SurveyOpening.AlreadyAnswered answered -> Optional.of(answered.greeting().language());
            case SurveyOpening.Expired expired -> Optional.of(expired.greeting().language());
            case SurveyOpening.NotFound notFound -> Optional.empty();
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("survey.pageTitle");
    }
}
