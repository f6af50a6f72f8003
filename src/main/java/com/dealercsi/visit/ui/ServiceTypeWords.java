package com.dealercsi.visit.ui;

import com.dealercsi.visit.ServiceType;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The import's value step: each word the file's service-type column uses (定期保养, 钣金喷漆 …) beside the type it
 * stands for, pre-filled from the words everyone uses and from the store's earlier choices, so a DMS's own
 * vocabulary imports in one pass.
 */
class ServiceTypeWords extends Div {

    private final Map<String, Select<ServiceType>> choices = new LinkedHashMap<>();
    private final FormLayout form = new FormLayout();
    private final Paragraph intro = new Paragraph();

    ServiceTypeWords() {
        addClassName("import-words");
        setId("import-words");
        form.setResponsiveSteps(
                new FormLayout.ResponsiveStep("0", 1),
                new FormLayout.ResponsiveStep("600px", 2),
                new FormLayout.ResponsiveStep("1000px", 3));
        add(new H3(getTranslation("import.words.title")), intro, form);
        setVisible(false);
    }

    /** Shows the column's words; a word the user has already answered keeps their answer. */
    void show(String column, Map<String, Optional<ServiceType>> words) {
        var answered = chosen();
        choices.clear();
        form.removeAll();
        intro.setText(getTranslation("import.words.intro", column));
        int index = 0;
        for (var word : words.entrySet()) {
            var select = new Select<ServiceType>();
            select.setLabel(word.getKey());
            select.setItems(ServiceType.values());
            select.setItemLabelGenerator(type -> getTranslation(type.labelKey()));
            select.setPlaceholder(getTranslation("import.words.unknown"));
            select.setId("import-word-" + index++);
            select.setValue(Optional.ofNullable(answered.get(word.getKey()))
                    .orElse(word.getValue().orElse(null)));
            select.addValueChangeListener(change -> select.setInvalid(false));
            choices.put(word.getKey(), select);
            form.add(select);
        }
        setVisible(!words.isEmpty());
    }

    void hide() {
        choices.clear();
        form.removeAll();
        setVisible(false);
    }

    Map<String, ServiceType> chosen() {
        var chosen = new LinkedHashMap<String, ServiceType>();
        choices.forEach((word, select) -> {
            if (select.getValue() != null) {
                chosen.put(word, select.getValue());
            }
        });
        return chosen;
    }

    /** Marks every word without a type at its field; the words left open. */
    List<String> markUnanswered() {
        var open = choices.entrySet().stream()
                .filter(e -> e.getValue().getValue() == null)
                .map(Map.Entry::getKey)
                .toList();
        open.forEach(word -> {
            var select = choices.get(word);
            select.setErrorMessage(getTranslation("import.words.required", word));
            select.setInvalid(true);
        });
        return open;
    }
}
