package com.dealercsi.survey.ui;

import com.dealercsi.shared.Factor;
import com.dealercsi.survey.NewQuestionnaireVersion;
import com.dealercsi.survey.Questionnaire;
import com.dealercsi.survey.QuestionnaireItem;
import com.dealercsi.survey.Questionnaires;
import com.dealercsi.survey.Questionnaires.QuestionnaireRejected;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Makes a new version from an existing one: name, weights, and the items with their texts and order. */
class QuestionnaireEditor extends Dialog {

    private final Questionnaires questionnaires;
    private final Questionnaire base;
    private final Consumer<Questionnaire> onCreated;
    private final TextField name = new TextField();
    private final Map<Factor, IntegerField> weights = new EnumMap<>(Factor.class);
    private final List<ItemRow> rows = new ArrayList<>();
    private final Div itemList = new Div();

    QuestionnaireEditor(Questionnaires questionnaires, Questionnaire base, Consumer<Questionnaire> onCreated) {
        this.questionnaires = questionnaires;
        this.base = base;
        this.onCreated = onCreated;
        setHeaderTitle(getTranslation("questionnaire.editor.title", "v" + base.version()));
        addClassName("questionnaire-editor");
        setWidth("min(60rem, 100vw)");
        name.setLabel(getTranslation("questionnaire.name"));
        name.setValue(base.name());
        name.setWidthFull();
        var weightRow = new Div();
        weightRow.addClassName("questionnaire-weights");
        for (var factor : Factor.values()) {
            var field = new IntegerField(getTranslation(factor.messageKey()));
            field.setMin(0);
            field.setMax(100);
            field.setStepButtonsVisible(true);
            field.setValue(base.weights().getOrDefault(factor, 0));
            weights.put(factor, field);
            weightRow.add(field);
        }
        base.items().forEach(item -> rows.add(new ItemRow(item)));
        itemList.addClassName("questionnaire-items");
        var addItem = new Button(getTranslation("questionnaire.editor.addItem"), VaadinIcon.PLUS.create(), click -> {
            rows.add(new ItemRow(new QuestionnaireItem("", Factor.SERVICE_INITIATION, "", "")));
            renderItems();
        });
        add(
                new Paragraph(getTranslation("questionnaire.editor.intro")),
                name,
                new H3(getTranslation("questionnaire.weights")),
                weightRow,
                new H3(getTranslation("questionnaire.items")),
                itemList,
                addItem);
        renderItems();
        var save = new Button(getTranslation("questionnaire.editor.save"), click -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("questionnaire.editor.cancel"), click -> close()), save);
    }

    private void renderItems() {
        itemList.removeAll();
        for (int i = 0; i < rows.size(); i++) {
            itemList.add(rows.get(i).render(i));
        }
    }

    private void save() {
        rows.forEach(ItemRow::clearProblem);
        name.setInvalid(false);
        weights.values().forEach(field -> field.setInvalid(false));
        var weightValues = new EnumMap<Factor, Integer>(Factor.class);
        weights.forEach((factor, field) -> weightValues.put(factor, field.getValue() == null ? 0 : field.getValue()));
        var request = new NewQuestionnaireVersion(
                base.version(),
                name.getValue(),
                rows.stream().map(ItemRow::value).toList(),
                weightValues);
        try {
            var created = questionnaires.createVersion(request);
            Notification.show(
                            getTranslation("questionnaire.editor.created", "v" + created.version()),
                            5000,
                            Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.SUCCESS);
            onCreated.accept(created);
            close();
        } catch (QuestionnaireRejected rejected) {
            for (var problem : rejected.problems()) {
                var message = getTranslation(problem.messageKey());
                if (problem.field().equals("name")) {
                    name.setErrorMessage(message);
                    name.setInvalid(true);
                } else if (weights.keySet().stream().anyMatch(f -> f.code().equals(problem.field()))) {
                    var field = weights.get(Factor.ofCode(problem.field()));
                    field.setErrorMessage(message);
                    field.setInvalid(true);
                } else {
                    rows.stream()
                            .filter(row -> row.id.getValue().strip().equals(problem.field()))
                            .findFirst()
                            .ifPresentOrElse(
                                    row -> row.showProblem(message),
                                    () -> Notification.show(message, 5000, Notification.Position.TOP_CENTER)
                                            .addThemeVariants(NotificationVariant.ERROR));
                }
            }
        }
    }

    /** One item of the questionnaire being edited. */
    private final class ItemRow {

        private final TextField id = new TextField();
        private final Select<Factor> factor = new Select<>();
        private final TextField textZh = new TextField();
        private final TextField textEn = new TextField();

        ItemRow(QuestionnaireItem item) {
            id.setLabel(getTranslation("questionnaire.item.id"));
            id.setValue(item.id());
            id.setWidth("7rem");
            factor.setLabel(getTranslation("questionnaire.item.factor"));
            factor.setItems(Factor.values());
            factor.setItemLabelGenerator(f -> getTranslation(f.messageKey()));
            factor.setValue(item.factor());
            textZh.setLabel(getTranslation("questionnaire.item.textZh"));
            textZh.setValue(item.textZh());
            textZh.setMaxLength(300);
            textEn.setLabel(getTranslation("questionnaire.item.textEn"));
            textEn.setValue(item.textEn());
            textEn.setMaxLength(300);
        }

        Div render(int index) {
            var up = new Button(VaadinIcon.ARROW_UP.create(), click -> move(index, -1));
            up.setEnabled(index > 0);
            up.getElement().setAttribute("aria-label", getTranslation("questionnaire.item.up"));
            var down = new Button(VaadinIcon.ARROW_DOWN.create(), click -> move(index, 1));
            down.setEnabled(index < rows.size() - 1);
            down.getElement().setAttribute("aria-label", getTranslation("questionnaire.item.down"));
            var remove = new Button(VaadinIcon.TRASH.create(), click -> {
                rows.remove(this);
                renderItems();
            });
            remove.getElement().setAttribute("aria-label", getTranslation("questionnaire.item.remove"));
            remove.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
            var row = new Div(id, factor, textZh, textEn, new Div(up, down, remove));
            row.addClassName("questionnaire-item");
            return row;
        }

        private void move(int index, int by) {
            rows.remove(index);
            rows.add(index + by, this);
            renderItems();
        }

        QuestionnaireItem value() {
            return new QuestionnaireItem(
                    id.getValue().strip(),
                    factor.getValue(),
                    textZh.getValue().strip(),
                    textEn.getValue().strip());
        }

        void showProblem(String message) {
            id.setErrorMessage(message);
            id.setInvalid(true);
        }

        void clearProblem() {
            id.setInvalid(false);
        }
    }
}
