package com.dealercsi.survey.ui;

import com.dealercsi.shared.Texts;
import com.dealercsi.survey.SurveyOpening;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Clock;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** The first step's personal line, naming the owner, the visit day, the store and the car, so the link feels theirs. */
final class SurveyGreeting extends Paragraph {

    SurveyGreeting(SurveyOpening.@Nullable Greeting greeting, Clock clock) {
        addClassName("survey-greeting");
        if (greeting != null) {
            var today = LocalDate.now(clock.withZone(greeting.storeZone()));
            var day = VisitDay.of(greeting.deliveredAt(), greeting.storeZone(), today, getLocale());
            setText(Texts.spacedBetweenChineseAndLatin(getTranslation(
                    "survey.greeting",
                    greeting.ownerName(),
                    getTranslation(day.messageKey(), day.argument()),
                    greeting.storeName(),
                    getTranslation(greeting.serviceTypeKey()),
                    greeting.model())));
        }
    }
}
