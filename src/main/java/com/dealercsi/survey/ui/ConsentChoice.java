package com.dealercsi.survey.ui;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;

/**
 * The consent question (may the store contact the owner) as two large tiles. Public like {@link RatingScale},
 * because the phone survey on a revisit call asks it the same way.
 */
public class ConsentChoice extends RadioButtonGroup<Boolean> {

    public ConsentChoice() {
        setLabel(getTranslation("item.CB"));
        setId("consent");
        setItems(Boolean.TRUE, Boolean.FALSE);
        setItemLabelGenerator(yes -> getTranslation(yes ? "survey.consent.yes" : "survey.consent.no"));
        addClassName("choice-tiles");
        setRequiredIndicatorVisible(true);
        addValueChangeListener(change -> setInvalid(false));
    }
}
