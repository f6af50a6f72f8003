package com.dealercsi.survey.ui;

import com.dealercsi.admin.StoreRef;
import com.dealercsi.admin.Stores;
import com.dealercsi.shared.Factor;
import com.dealercsi.shared.ui.MainLayout;
import com.dealercsi.survey.Questionnaire;
import com.dealercsi.survey.QuestionnaireSummary;
import com.dealercsi.survey.Questionnaires;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Questionnaire versions, which store uses which, and new versions made from an existing one. Versions are
 * never edited in place, so answers given to an old version keep their exact questions and weights.
 */
@Route(value = "questionnaires", layout = MainLayout.class)
@Menu(title = "nav.questionnaires", order = 60)
@RolesAllowed("ADMIN")
public class QuestionnairesView extends Main implements HasDynamicTitle {

    private final Questionnaires questionnaires;
    private final Stores stores;
    private final Grid<QuestionnaireSummary> versions = new Grid<>();
    private final Div storeChoices = new Div();

    public QuestionnairesView(Questionnaires questionnaires, Stores stores) {
        this.questionnaires = questionnaires;
        this.stores = stores;
        addClassName("page");
        versions.addColumn(s -> "v" + s.questionnaire().version())
                .setHeader(getTranslation("questionnaire.version"))
                .setAutoWidth(true);
        versions.addColumn(s -> s.questionnaire().name())
                .setHeader(getTranslation("questionnaire.name"))
                .setAutoWidth(true);
        versions.addColumn(s -> s.questionnaire().items().size())
                .setHeader(getTranslation("questionnaire.items"))
                .setAutoWidth(true);
        versions.addColumn(s -> weights(s.questionnaire()))
                .setHeader(getTranslation("questionnaire.weights"))
                .setAutoWidth(true);
        versions.addColumn(QuestionnaireSummary::responses)
                .setHeader(getTranslation("questionnaire.responses"))
                .setAutoWidth(true);
        versions.addComponentColumn(summary -> {
                    var copy = new Button(
                            getTranslation("questionnaire.newVersion"),
                            click -> new QuestionnaireEditor(
                                            questionnaires, summary.questionnaire(), created -> refresh())
                                    .open());
                    copy.getElement()
                            .setAttribute(
                                    "aria-label",
                                    getTranslation(
                                            "questionnaire.newVersionFrom",
                                            "v" + summary.questionnaire().version()));
                    return copy;
                })
                .setHeader(getTranslation("questionnaire.actions"))
                .setAutoWidth(true);
        versions.setAllRowsVisible(true);
        versions.setAriaLabel(getTranslation("questionnaire.title"));
        add(
                new H2(getTranslation("questionnaire.title")),
                new Paragraph(getTranslation("questionnaire.intro")),
                versions,
                new H3(getTranslation("questionnaire.storesTitle")),
                storeChoices);
        refresh();
    }

    private void refresh() {
        var all = questionnaires.all();
        versions.setItems(all);
        storeChoices.removeAll();
        storeChoices.addClassName("questionnaire-stores");
        for (StoreRef store : stores.all()) {
            var choice = new Select<Questionnaire>();
            choice.setLabel(store.name());
            choice.setItems(
                    all.stream().map(QuestionnaireSummary::questionnaire).toList());
            choice.setItemLabelGenerator(q -> "v" + q.version() + " · " + q.name());
            choice.setValue(questionnaires.activeFor(store.id()));
            choice.addValueChangeListener(change -> {
                if (change.isFromClient() && change.getValue() != null) {
                    questionnaires.activate(store.id(), change.getValue().version());
                    refresh();
                }
            });
            storeChoices.add(choice);
        }
    }

    /** The factors' weights, each by its name ("Service advisor 19"), not its code. */
    private String weights(Questionnaire questionnaire) {
        return Arrays.stream(Factor.values())
                .map(f -> getTranslation("factor." + f.code()) + " "
                        + questionnaire.weights().getOrDefault(f, 0))
                .collect(Collectors.joining(" · "));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("questionnaire.title") + " · " + getTranslation("app.name");
    }
}
