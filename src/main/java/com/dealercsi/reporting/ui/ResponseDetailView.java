package com.dealercsi.reporting.ui;

import com.dealercsi.reporting.ResponseReport;
import com.dealercsi.reporting.ResponseReports;
import com.dealercsi.shared.Factor;
import com.dealercsi.shared.Language;
import com.dealercsi.shared.ui.Formats;
import com.dealercsi.shared.ui.MainLayout;
import com.dealercsi.survey.Questionnaires;
import com.dealercsi.survey.Rating;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.UUID;

/** One answer in full: the visit, the scores by factor, every rating, the comment and the alert that fired. */
@Route(value = "responses/:responseId", layout = MainLayout.class)
@PermitAll
public class ResponseDetailView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ResponseReports reports;
    private final Questionnaires questionnaires;

    public ResponseDetailView(ResponseReports reports, Questionnaires questionnaires) {
        this.reports = reports;
        this.questionnaires = questionnaires;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        var report = event.getRouteParameters()
                .get("responseId")
                .flatMap(ResponseDetailView::uuid)
                .flatMap(reports::report);
        if (report.isEmpty()) {
            add(new H2(getTranslation("response.notFound")));
            return;
        }
        show(report.get());
    }

    private void show(ResponseReport report) {
        var visit = report.visit();
        var response = report.response();
        add(new H2(getTranslation("response.title", visit.ownerName(), visit.plate())));
        if (report.alertLevel() != null) {
            var alert = new Div();
            alert.addClassNames(
                    "alert-banner", "alert-" + report.alertLevel().name().toLowerCase(java.util.Locale.ROOT));
            alert.add(
                    new Span(getTranslation("alert.level." + report.alertLevel().name()) + ": "));
            alert.add(new Span(String.join(
                    getTranslation("alert.reason.separator"),
                    com.dealercsi.alerting.AlertReasons.describe(report.firedRules(), this::getTranslation))));
            add(alert);
        }
        add(facts(
                getTranslation("responses.store"), report.store().name(),
                getTranslation("response.ro"), visit.roNumber(),
                getTranslation("response.car"), visit.model() + " · " + visit.plate(),
                getTranslation("responses.advisor"), visit.advisorName(),
                getTranslation("response.phone"), visit.phone(),
                getTranslation("response.delivered"),
                        Formats.dateTime(visit.deliveredAt(), report.store().timeZone(), getLocale()),
                getTranslation("responses.submittedAt"),
                        Formats.dateTime(response.submittedAt(), report.store().timeZone(), getLocale())
                                + (response.channel() == com.dealercsi.survey.ResponseDetails.Channel.PHONE
                                        ? " · " + getTranslation("survey.channel.PHONE", response.takenBy())
                                        : "")));

        add(new H3(getTranslation("response.scores")));
        var scores = report.scores();
        var scoreFacts = new java.util.ArrayList<String>();
        scoreFacts.add("CSI");
        scoreFacts.add(Formats.score(scores == null ? null : scores.csi()));
        for (var factor : Factor.values()) {
            scoreFacts.add(getTranslation(factor.messageKey()));
            scoreFacts.add(
                    Formats.score(scores == null ? null : scores.factorScores().get(factor)));
        }
        scoreFacts.add(getTranslation("responses.overall"));
        scoreFacts.add(String.valueOf(response.overall()));
        scoreFacts.add("NPS");
        scoreFacts.add(String.valueOf(response.nps()));
        add(facts(scoreFacts.toArray(String[]::new)));

        add(new H3(getTranslation("response.comment")));
        // owners' words are shown as text, never as HTML
        add(new Paragraph(response.comment() == null ? getTranslation("response.noComment") : response.comment()));
        add(new Paragraph(getTranslation(response.contactConsent() ? "response.consent.yes" : "response.consent.no")));
        add(new CommentTopicsCard(response.id(), report.store().timeZone()));

        add(new H3(getTranslation("response.ratings")));
        var questionnaire = questionnaires.get(response.questionnaireVersion());
        var language = Language.of(getLocale());
        var ratings = new String[response.ratings().size() * 2];
        int i = 0;
        for (Rating rating : response.ratings()) {
            ratings[i++] = questionnaire
                    .item(rating.itemId())
                    .map(item -> item.text(language))
                    .orElse(rating.itemId());
            ratings[i++] =
                    rating.value() == null ? getTranslation("survey.notApplicable") : String.valueOf(rating.value());
        }
        add(facts(ratings));
    }

    /** Label–value pairs as a description list, which screen readers announce as such. */
    private static Div facts(String... labelsAndValues) {
        var list = new Div();
        list.addClassName("facts");
        list.getElement().setAttribute("role", "list");
        for (int i = 0; i < labelsAndValues.length; i += 2) {
            var item = new Div(new Span(labelsAndValues[i]), new Span(labelsAndValues[i + 1]));
            item.getElement().setAttribute("role", "listitem");
            item.addClassName("fact");
            list.add(item);
        }
        return list;
    }

    private static java.util.Optional<UUID> uuid(String value) {
        try {
            return java.util.Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("response.pageTitle") + " · " + getTranslation("app.name");
    }
}
