package com.dealercsi.recovery.ui;

import com.dealercsi.privacy.ContactField;
import com.dealercsi.privacy.OwnerContacts;
import com.dealercsi.privacy.RevealPurpose;
import com.dealercsi.recovery.RevisitDesk;
import com.dealercsi.shared.Language;
import com.dealercsi.shared.ui.ContactReveal;
import com.dealercsi.shared.ui.MainLayout;
import com.dealercsi.survey.Questionnaire;
import com.dealercsi.survey.SurveyOpening;
import com.dealercsi.survey.SurveySubmission;
import com.dealercsi.survey.Surveys;
import com.dealercsi.visit.VisitSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The questionnaire on one scrollable page, for staff who read it out on a revisit call and tap what the owner
 * says. Saving stores the owner's answer, marked "phone" with the staff member, and logs the call as reached.
 */
@Route(value = "revisits/:visitId/survey", layout = MainLayout.class)
@RolesAllowed({"ADMIN", "STORE_MANAGER", "CUSTOMER_SERVICE_MANAGER", "CUSTOMER_SERVICE"})
public class PhoneSurveyView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final Surveys surveys;
    private final RevisitDesk desk;
    private final OwnerContacts contacts;
    private @Nullable UUID visitId;
    private @Nullable Questionnaire questionnaire;
    private @Nullable PhoneAnswerFields fields;
    /** Beside the save button, not a toast: a toast at the bottom of a tablet would cover the button. */
    private final Paragraph summary = new Paragraph();

    public PhoneSurveyView(Surveys surveys, RevisitDesk desk, OwnerContacts contacts) {
        this.surveys = surveys;
        this.desk = desk;
        this.contacts = contacts;
        addClassNames("page", "phone-survey");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        visitId = event.getRouteParameters()
                .get("visitId")
                .flatMap(PhoneSurveyView::uuid)
                .orElse(null);
        removeAll();
        fields = null;
        questionnaire =
                visitId == null ? null : surveys.questionnaireForPhone(visitId).orElse(null);
        var visit = visitId == null ? null : desk.callee(visitId).orElse(null);
        if (questionnaire == null || visit == null) {
            add(
                    new H2(getTranslation("recovery.phoneSurvey.title")),
                    new Paragraph(getTranslation("recovery.phoneSurvey.notFound")),
                    backToDesk());
            return;
        }
        render(visit, questionnaire);
    }

    private void render(VisitSummary visit, Questionnaire questionnaire) {
        var who = new Div(
                new Span(visit.ownerName() + " · " + visit.model() + " · " + visit.plate() + " · " + visit.roNumber()),
                new ContactReveal(
                        visit.phone(),
                        visit.ownerName(),
                        contacts.mayReveal(RevealPurpose.PHONE_SURVEY)
                                ? () -> contacts.reveal(visit.id(), ContactField.MOBILE, RevealPurpose.PHONE_SURVEY)
                                : null));
        who.addClassName("revisit-who");
        add(
                new H2(getTranslation("recovery.phoneSurvey.title")),
                who,
                new Paragraph(getTranslation("recovery.phoneSurvey.intro")));
        var fields = new PhoneAnswerFields(questionnaire, Language.of(getLocale()), this);
        this.fields = fields;
        fields.components().forEach(this::add);

        var save = new Button(getTranslation("recovery.phoneSurvey.save"), click -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("phone-survey-save");
        var cancel = new Button(
                getTranslation("recovery.revisit.cancel"),
                click -> getUI().ifPresent(ui -> ui.navigate(RevisitDeskView.class)));
        var buttons = new Div(cancel, save);
        buttons.addClassName("case-badges");
        summary.setId("phone-survey-problems");
        summary.addClassName("form-problem");
        summary.getElement().setAttribute("role", "alert");
        summary.setVisible(false);
        add(summary, buttons);
    }

    private void save() {
        if (visitId == null || questionnaire == null || fields == null) {
            return;
        }
        summary.setVisible(false);
        switch (desk.answerByPhone(visitId, questionnaire.version(), fields.answers())) {
            case SurveySubmission.Stored stored -> {
                Notification.show(
                                getTranslation("recovery.phoneSurvey.saved"), 4000, Notification.Position.BOTTOM_CENTER)
                        .addThemeVariants(NotificationVariant.SUCCESS);
                getUI().ifPresent(ui -> ui.navigate(RevisitDeskView.class));
            }
            case SurveySubmission.Invalid invalid -> {
                fields.showProblems(invalid);
                summary.setText(getTranslation(
                        "recovery.phoneSurvey.incomplete", invalid.problems().size()));
                summary.setVisible(true);
            }
            case SurveySubmission.NotAnswerable notAnswerable -> {
                var key = notAnswerable.reason() instanceof SurveyOpening.AlreadyAnswered
                        ? "recovery.phoneSurvey.alreadyAnswered"
                        : "recovery.phoneSurvey.notReady";
                Notification.show(getTranslation(key), 8000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.ERROR);
            }
        }
    }

    private Anchor backToDesk() {
        return new Anchor("revisits", getTranslation("recovery.phoneSurvey.back"));
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException notAUuid) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("recovery.phoneSurvey.title") + " · " + getTranslation("app.name");
    }
}
