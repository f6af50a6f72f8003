package com.dealercsi.recovery.ui;

import com.dealercsi.recovery.RevisitDesk;
import com.dealercsi.shared.Language;
import com.dealercsi.survey.Questionnaire;
import com.dealercsi.survey.QuestionnaireItem;
import com.dealercsi.survey.SurveyAnswers;
import com.dealercsi.survey.SurveyOpening;
import com.dealercsi.survey.SurveySubmission;
import com.dealercsi.survey.Surveys;
import com.dealercsi.survey.ui.RatingScale;
import com.dealercsi.visit.VisitSummary;
import com.dealercsi.visit.Visits;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The questionnaire on one scrollable page, for staff who read it out on a revisit call and tap what the owner
 * says. Saving stores the owner's answer, marked "phone" with the staff member, and logs the call as reached.
 */
@Route("revisits/:visitId/survey")
@RolesAllowed({"ADMIN", "STORE_MANAGER", "CUSTOMER_SERVICE_MANAGER", "CUSTOMER_SERVICE"})
public class PhoneSurveyView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final Surveys surveys;
    private final RevisitDesk desk;
    private final Visits visits;
    private final Map<String, RatingScale> scales = new LinkedHashMap<>();
    private @Nullable UUID visitId;
    private @Nullable Questionnaire questionnaire;
    private @Nullable TextArea comment;
    private @Nullable RadioButtonGroup<Boolean> consent;
    /** Beside the save button, not a toast: a toast at the bottom of a tablet would cover the button. */
    private final Paragraph summary = new Paragraph();

    public PhoneSurveyView(Surveys surveys, RevisitDesk desk, Visits visits) {
        this.surveys = surveys;
        this.desk = desk;
        this.visits = visits;
        addClassNames("page", "phone-survey");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        visitId = event.getRouteParameters().get("visitId").flatMap(PhoneSurveyView::uuid).orElse(null);
        removeAll();
        scales.clear();
        questionnaire = visitId == null ? null : surveys.questionnaireForPhone(visitId).orElse(null);
        var visit = visitId == null ? null : visits.find(visitId).orElse(null);
        if (questionnaire == null || visit == null) {
            add(new H2(getTranslation("recovery.phoneSurvey.title")),
                    new Paragraph(getTranslation("recovery.phoneSurvey.notFound")), backToDesk());
            return;
        }
        render(visit, questionnaire);
    }

    private void render(VisitSummary visit, Questionnaire questionnaire) {
        var language = Language.of(getLocale());
        var who = new Div(new Span(visit.ownerName() + " · " + visit.model() + " · " + visit.plate() + " · "
                + visit.roNumber()), new Anchor("tel:" + visit.phone(), visit.phone()));
        who.addClassName("revisit-who");
        add(new H2(getTranslation("recovery.phoneSurvey.title")), who,
                new Paragraph(getTranslation("recovery.phoneSurvey.intro")));
        for (var page : questionnaire.pages()) {
            add(new H3(pageTitle(page)));
            for (var item : page) {
                add(scale(item.id(), item.text(language), 1, 10, true, "survey.scale.ends"));
            }
        }
        add(new H3(getTranslation("survey.step.overall")),
                scale("OS", getTranslation("item.OS"), 1, 10, false, "survey.scale.ends"),
                scale("NPS", getTranslation("item.NPS"), 0, 10, false, "survey.scale.npsEnds"));

        var commentField = new TextArea(getTranslation("item.C"));
        commentField.setId("comment");
        commentField.setMaxLength(SurveyAnswers.MAX_COMMENT_LENGTH);
        commentField.setWidthFull();
        commentField.addValueChangeListener(change -> commentField.setInvalid(false));
        comment = commentField;
        var consentField = new RadioButtonGroup<Boolean>(getTranslation("item.CB"));
        consentField.setId("consent");
        consentField.setItems(Boolean.TRUE, Boolean.FALSE);
        consentField.setItemLabelGenerator(yes -> getTranslation(yes ? "survey.consent.yes" : "survey.consent.no"));
        consentField.addClassName("choice-tiles");
        consentField.setRequiredIndicatorVisible(true);
        consentField.addValueChangeListener(change -> consentField.setInvalid(false));
        consent = consentField;
        add(new H3(getTranslation("survey.step.comment")), commentField, consentField);

        var save = new Button(getTranslation("recovery.phoneSurvey.save"), click -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("phone-survey-save");
        var cancel = new Button(getTranslation("recovery.revisit.cancel"),
                click -> getUI().ifPresent(ui -> ui.navigate(RevisitDeskView.class)));
        var buttons = new Div(cancel, save);
        buttons.addClassName("case-badges");
        summary.setId("phone-survey-problems");
        summary.addClassName("form-problem");
        summary.getElement().setAttribute("role", "alert");
        summary.setVisible(false);
        add(summary, buttons);
    }

    private RatingScale scale(String id, String question, int from, int to, boolean notApplicable, String endsKey) {
        var scale = new RatingScale(id, question, from, to, notApplicable, getTranslation(endsKey));
        scales.put(id, scale);
        return scale;
    }

    private void save() {
        if (visitId == null || questionnaire == null || comment == null || consent == null) {
            return;
        }
        var ratings = new HashMap<String, Integer>();
        for (var item : questionnaire.items()) {
            var value = scales.get(item.id()).getValue();
            if (value != null) {
                ratings.put(item.id(), value);
            }
        }
        var answers = new SurveyAnswers(ratings, scales.get("OS").getValue(), scales.get("NPS").getValue(),
                comment.getValue(), consent.getValue());
        summary.setVisible(false);
        switch (desk.answerByPhone(visitId, questionnaire.version(), answers)) {
            case SurveySubmission.Stored stored -> {
                Notification.show(getTranslation("recovery.phoneSurvey.saved"), 4000,
                        Notification.Position.BOTTOM_CENTER).addThemeVariants(NotificationVariant.SUCCESS);
                getUI().ifPresent(ui -> ui.navigate(RevisitDeskView.class));
            }
            case SurveySubmission.Invalid invalid -> showProblems(invalid);
            case SurveySubmission.NotAnswerable notAnswerable -> {
                var key = notAnswerable.reason() instanceof SurveyOpening.AlreadyAnswered
                        ? "recovery.phoneSurvey.alreadyAnswered" : "recovery.phoneSurvey.notReady";
                Notification.show(getTranslation(key), 8000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.ERROR);
            }
        }
    }

    private void showProblems(SurveySubmission.Invalid invalid) {
        var comment = this.comment;
        var consent = this.consent;
        if (comment == null || consent == null) {
            return;
        }
        for (var problem : invalid.problems()) {
            var message = getTranslation(problem.messageKey());
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
        summary.setText(getTranslation("recovery.phoneSurvey.incomplete", invalid.problems().size()));
        summary.setVisible(true);
    }

    /** A page of one factor is named after it; a quick pulse has all factors on one page. */
    private String pageTitle(java.util.List<QuestionnaireItem> page) {
        var factors = page.stream().map(QuestionnaireItem::factor).distinct().toList();
        return factors.size() == 1 ? getTranslation(factors.getFirst().messageKey())
                : getTranslation("survey.step.allFactors");
    }

    private Anchor backToDesk() {
        return new Anchor("revisits", getTranslation("recovery.phoneSurvey.back"));
    }

    private static java.util.Optional<UUID> uuid(String text) {
        try {
            return java.util.Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException notAUuid) {
            return java.util.Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("recovery.phoneSurvey.title") + " · " + getTranslation("app.name");
    }
}
