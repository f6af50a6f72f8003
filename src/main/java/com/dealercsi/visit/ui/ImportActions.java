package com.dealercsi.visit.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.orderedlayout.FlexLayout;

/** The buttons under an import step, in one row that {@code import.css} lays out the same for every step. */
class ImportActions extends FlexLayout {

    ImportActions(Component... buttons) {
        super(buttons);
        addClassName("import-actions");
    }
}
