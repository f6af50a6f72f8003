package com.dealercsi.topics.ui;

import com.dealercsi.shared.Language;
import com.dealercsi.topics.DictionaryProblem;
import com.dealercsi.topics.Topic;
import com.dealercsi.topics.TopicDictionary;
import com.dealercsi.topics.WordRole;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;

/** One word to add: its language, what it does (names a topic, praises, complains), the topic, the word itself. */
class DictionaryForm extends Div {

    private final TextField term = new TextField();
    private final Select<Language> language = new Select<>();
    private final Select<WordRole> role = new Select<>();
    private final Select<Topic> topic = new Select<>();

    DictionaryForm(TopicDictionary dictionary, Runnable added) {
        addClassName("dictionary-form");
        term.setLabel(getTranslation("topics.dictionary.term"));
        term.setHelperText(getTranslation("topics.dictionary.term.help"));
        term.setMaxLength(TopicDictionary.MAX_TERM_LENGTH);
        term.setId("dictionary-term");
        language.setLabel(getTranslation("topics.dictionary.language"));
        language.setItems(Language.values());
        language.setItemLabelGenerator(l -> getTranslation("topics.dictionary.language." + l.name()));
        language.setValue(Language.ZH_CN);
        role.setLabel(getTranslation("topics.dictionary.role"));
        role.setItems(List.of(WordRole.TOPIC, WordRole.POSITIVE, WordRole.NEGATIVE));
        role.setItemLabelGenerator(r -> getTranslation("topics.dictionary.role." + r.name()));
        role.setValue(WordRole.TOPIC);
        topic.setLabel(getTranslation("topics.dictionary.topic"));
        topic.setItems(Topic.values());
        topic.setItemLabelGenerator(t -> getTranslation(t.messageKey()));
        topic.setId("dictionary-topic");
        role.addValueChangeListener(e -> topic.setVisible(e.getValue() == WordRole.TOPIC));
        var add = new Button(getTranslation("topics.dictionary.add"), e -> add(dictionary, added));
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add.setId("dictionary-add");
        add(language, role, topic, term, add);
    }

    private void add(TopicDictionary dictionary, Runnable added) {
        term.setInvalid(false);
        topic.setInvalid(false);
        try {
            dictionary.add(
                    language.getValue(),
                    term.getValue(),
                    role.getValue(),
                    role.getValue() == WordRole.TOPIC ? topic.getValue() : null);
        } catch (DictionaryProblem problem) {
            // what was typed stays; the reason is said at the field it concerns
            var field = problem.messageKey().endsWith(".topic") ? topic : null;
            if (field != null) {
                topic.setErrorMessage(getTranslation(problem.messageKey()));
                topic.setInvalid(true);
            } else {
                term.setErrorMessage(getTranslation(problem.messageKey()));
                term.setInvalid(true);
            }
            return;
        }
        Notification.show(
                getTranslation("topics.dictionary.added", term.getValue().strip()));
        term.clear();
        added.run();
    }
}
