package com.dealercsi.recovery.ui;

import com.dealercsi.alerting.AlertReasons;
import com.dealercsi.recovery.CaseDetails;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;

/** The alert's level and the rules that fired, in the alert's colour: why this case exists at all. */
class CaseBanner extends Div {

    CaseBanner(CaseDetails details) {
        var level = details.row().level();
        addClassNames("alert-banner", "alert-" + level.name().toLowerCase(Locale.ROOT));
        add(new Span(getTranslation("alert.level." + level.name()) + ": "));
        add(new Span(String.join(
                getTranslation("alert.reason.separator"),
                AlertReasons.describe(details.rules(), this::getTranslation))));
    }
}
