package com.dealercsi.topics.ui;

import com.dealercsi.topics.DictionaryWord;
import com.dealercsi.topics.TopicDictionary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** The administrators' words so far, newest last, each removable. */
class DictionaryList extends Div {

    private final TopicDictionary dictionary;

    DictionaryList(TopicDictionary dictionary) {
        this.dictionary = dictionary;
        addClassName("dictionary-list");
    }

    void refresh() {
        removeAll();
        add(new H3(getTranslation("topics.dictionary.words")));
        var words = dictionary.words();
        if (words.isEmpty()) {
            add(new Paragraph(getTranslation("topics.dictionary.empty")));
            return;
        }
        var list = new Div();
        list.getElement().setAttribute("role", "list");
        for (var word : words) {
            list.add(item(word));
        }
        add(list);
    }

    private Div item(DictionaryWord word) {
        var item = new Div();
        item.addClassName("dictionary-word");
        item.getElement().setAttribute("role", "listitem");
        var meaning = word.topic() == null
                ? getTranslation("topics.dictionary.role." + word.role().name())
                : getTranslation(word.topic().messageKey());
        var date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(getLocale())
                .format(word.addedAt().atZone(ZoneId.of("Asia/Shanghai")));
        var term = new Span(word.term());
        term.addClassName("dictionary-term");
        var details = new Span(
                getTranslation("topics.dictionary.language." + word.language().name()) + " · " + meaning + " · "
                        + getTranslation("topics.dictionary.addedBy", word.addedBy(), date));
        details.addClassName("note");
        var remove = new Button(getTranslation("topics.dictionary.remove"), e -> {
            dictionary.remove(word);
            refresh();
        });
        remove.getElement().setAttribute("aria-label", getTranslation("topics.dictionary.remove.label", word.term()));
        item.add(term, details, remove);
        return item;
    }
}
