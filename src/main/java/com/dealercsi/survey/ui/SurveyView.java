package com.dealercsi.survey.ui;

import com.dealercsi.admin.PrivacyNotices;
import com.dealercsi.shared.Language;
import com.dealercsi.shared.ui.PrivacyNoticeLink;
import com.dealercsi.survey.AnswerTriage.FollowUp;
import com.dealercsi.survey.Questionnaire;
import com.dealercsi.survey.SurveyOpening;
import com.dealercsi.survey.SurveySubmission;
import com.dealercsi.survey.Surveys;
import com.dealercsi.survey.internal.SurveyLinkFilter;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
    private final SurveyDraft draft = new SurveyDraft();
    /** The scales on the step shown, by field, in page order: what "next" checks and a problem points to. */
    private Map<String, RatingScale> scales = Map.of();

    private String token = "";
    private @Nullable SurveyOpening opening;
    private @Nullable Questionnaire questionnaire;
    private SurveySteps steps = new SurveySteps(List.of());
    private @Nullable FollowUp submitted;
    private @Nullable StepHeading stepHeading;

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
            questionnaire = ready.questionnaire();
            steps = new SurveySteps(ready.questionnaire().pages());
            draft.restore(ready.progress(), steps);
        }
        var greeting = greeting();
        if (VaadinSession.getCurrent().getAttribute(LANGUAGE_CHOSEN) == null && greeting != null) {
            UI.getCurrent().setLocale(greeting.language().locale());
        }
        render();
    }

    private void render() {
        removeAll();
        stepHeading = null;
        scales = Map.of();
        UI.getCurrent()
                .getPage()
                .executeJs(
                        "document.documentElement.lang = $0",
                        Language.of(getLocale()).tag());
        add(new SurveyHeader(greeting(), () -> {
            VaadinSession.getCurrent().setAttribute(LANGUAGE_CHOSEN, Boolean.TRUE);
            render();
        }));
        var content = new Section();
        content.addClassName("survey-content");
        add(content);
        var greeting = greeting();
        if (greeting != null) {
            add(new PrivacyNoticeLink(PrivacyNotices.path(greeting.storeId())));
        }
        if (submitted != null) {
            content.add(SurveyNotice.thanks(submitted));
            return;
        }
        switch (opening) {
            case SurveyOpening.Ready ready -> content.add(step());
            case SurveyOpening.AlreadyAnswered answered -> content.add(SurveyNotice.alreadyAnswered());
            case SurveyOpening.Expired expired -> {
                var phone = expired.greeting().storePhone();
                content.add(SurveyNotice.expired(phone));
                if (phone != null) {
                    content.add(SurveyNotice.callStore(phone));
                }
            }
            case SurveyOpening.NotFound notFound -> content.add(SurveyNotice.notFound());
            case null -> content.add(SurveyNotice.notFound());
        }
    }

    private SurveyStep step() {
        var greeting = draft.step == 0 ? new SurveyGreeting(greeting(), clock) : null;
        var navigation = new SurveyNavigation(draft.step, steps, this::goTo, this::nextStep, this::submit);
        var step = new SurveyStep(steps, draft, greeting, this::saveProgress, this::goTo, navigation);
        scales = step.scales();
        stepHeading = step.heading();
        return step;
    }

    /** Only the questions on this step must be answered to go on; the questionnaire says what is missing. */
    private void nextStep() {
        if (questionnaire == null) {
            return;
        }
        var problems = questionnaire.check(draft.answers()).stream()
                .collect(Collectors.toMap(
                        SurveySubmission.Problem::field,
                        SurveySubmission.Problem::messageKey,
                        (first, second) -> first));
        var missing = scales.keySet().stream().filter(problems::containsKey).toList();
        missing.forEach(field -> scales.get(field).showProblem(getTranslation(problems.get(field))));
        if (missing.isEmpty()) {
            goTo(draft.step + 1);
        } else {
            scales.get(missing.getFirst()).focus();
        }
    }

    private void goTo(int target) {
        draft.step = target;
        saveProgress();
        render();
        UI.getCurrent().getPage().executeJs("window.scrollTo(0, 0)");
        if (stepHeading != null) {
            stepHeading.focus();
        }
    }

    private void saveProgress() {
        if (opening instanceof SurveyOpening.Ready && questionnaire != null) {
            surveys.saveProgress(token, draft.progress(questionnaire.version()));
        }
    }

    private void submit(Button submit) {
        var version = questionnaire == null ? 0 : questionnaire.version();
        switch (surveys.submit(token, version, draft.answers())) {
            case SurveySubmission.Stored stored -> {
                submitted = stored.followUp();
                render();
                UI.getCurrent().getPage().executeJs("window.scrollTo(0, 0)");
            }
            case SurveySubmission.Invalid invalid -> {
                submit.setEnabled(true);
                var first = invalid.problems().getFirst();
                goTo(steps.of(first.field()));
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

    private SurveyOpening.@Nullable Greeting greeting() {
        return switch (opening) {
            case SurveyOpening.Ready ready -> ready.greeting();
            case SurveyOpening.AlreadyAnswered answered -> answered.greeting();
            case SurveyOpening.Expired expired -> expired.greeting();
            case SurveyOpening.NotFound notFound -> null;
            case null -> null;
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("survey.pageTitle");
    }
}
