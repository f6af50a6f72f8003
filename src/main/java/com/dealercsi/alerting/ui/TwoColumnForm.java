package com.dealercsi.alerting.ui;

import com.vaadin.flow.component.formlayout.FormLayout;

/** The alert rules page's forms lay out alike: one column on a phone, two from 560 px. */
abstract class TwoColumnForm extends FormLayout {

    TwoColumnForm() {
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("560px", 2));
    }
}
