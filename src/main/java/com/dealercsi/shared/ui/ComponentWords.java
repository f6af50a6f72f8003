package com.dealercsi.shared.ui;

import com.vaadin.flow.component.UI;
import java.util.Locale;

/** Gives the components on a UI the words of its language (see {@link BuiltInTexts}). */
interface ComponentWords {

    void give(UI ui, Locale locale);
}
