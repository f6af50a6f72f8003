package com.dealercsi.survey.ui;

import com.dealercsi.shared.ui.LanguageSwitch;
import com.dealercsi.survey.SurveyOpening;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;

/** The store's name and logo on top of every survey page, so the owner knows who asks, and the language switch. */
final class SurveyHeader extends Header {

    SurveyHeader(SurveyOpening.@Nullable Greeting greeting, Runnable afterLanguageSwitch) {
        addClassName("survey-header");
        var storeName = new Span(greeting == null ? getTranslation("app.name") : greeting.storeName());
        storeName.addClassName("survey-store");
        var brand = new Div();
        brand.addClassName("survey-brand");
        if (greeting != null && greeting.storeLogoUrl() != null) {
            // the name beside it says the same, so the image needs no text of its own for screen readers
            var logo = new Image(greeting.storeLogoUrl(), "");
            logo.addClassName("survey-logo");
            brand.add(logo);
        }
        brand.add(storeName);
        add(brand, new LanguageSwitch(afterLanguageSwitch));
    }
}
