package com.dealercsi.recovery.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** Labelled facts that screen readers announce as a list: the case's own, and the owner's follow-up answer. */
class Facts extends Div {

    Facts() {
        addClassName("facts");
        getElement().setAttribute("role", "list");
    }

    Facts with(String labelKey, Component value) {
        var item = new Div(new Span(getTranslation(labelKey)), value);
        item.getElement().setAttribute("role", "listitem");
        item.addClassName("fact");
        add(item);
        return this;
    }

    Facts with(String labelKey, String value) {
        return with(labelKey, new Span(value));
    }
}
