package com.dealercsi.invitation.ui;

import com.dealercsi.invitation.MailPlaceholder;
import com.dealercsi.shared.Language;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.function.Consumer;

/** The placeholders a mail text may use, written in the text's language, each one tap away from the text. */
final class PlaceholderList extends Div {

    private final Consumer<String> insert;

    PlaceholderList(Consumer<String> insert) {
        this.insert = insert;
        addClassName("mail-texts-placeholders");
    }

    void show(Language language) {
        removeAll();
        add(new Paragraph(getTranslation("invitation.texts.placeholders")));
        var list = new Div();
        list.addClassName("mail-texts-placeholder-list");
        for (var placeholder : MailPlaceholder.values()) {
            var token = placeholder.token(language);
            var button = new Button(token, click -> insert.accept(token));
            button.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
            button.addClassName("mail-texts-token");
            button.setId("mail-texts-insert-" + placeholder.name());
            button.getElement().setAttribute("aria-label", getTranslation("invitation.texts.insert", token));
            var item = new Span(button, new Span(getTranslation(placeholder.messageKey())));
            item.addClassName("mail-texts-placeholder");
            list.add(item);
        }
        add(list);
    }
}
