package com.dealercsi.topics.ui;

import com.dealercsi.shared.ui.MainLayout;
import com.dealercsi.topics.TopicDictionary;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * The dealer dictionary's own words: administrators add a term or synonym for a topic, or a word of praise or
 * complaint, in either language; the tagger uses it for every comment from then on, without a restart.
 */
@Route(value = "topics/dictionary", layout = MainLayout.class)
@Menu(title = "topics.dictionary.nav", order = 86)
@RolesAllowed("ADMIN")
@StyleSheet("topics.css")
public class DictionaryView extends Main implements HasDynamicTitle {

    public DictionaryView(TopicDictionary dictionary) {
        addClassNames("page", "topic-dictionary");
        var list = new DictionaryList(dictionary);
        add(
                new H2(getTranslation("topics.dictionary.title")),
                new Paragraph(getTranslation("topics.dictionary.intro")),
                new DictionaryForm(dictionary, list::refresh),
                list);
        list.refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("topics.dictionary.title") + " · " + getTranslation("app.name");
    }
}
