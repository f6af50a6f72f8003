package com.dealercsi.survey.ui;

import com.vaadin.flow.component.html.H1;

/** A step's title that takes the focus on every step, so a screen reader announces where the owner is. */
final class StepHeading extends H1 {

    StepHeading(String text) {
        super(text);
        addClassName("survey-step-title");
        getElement().setAttribute("tabindex", "-1");
    }

    void focus() {
        getElement().callJsFunction("focus");
    }
}
