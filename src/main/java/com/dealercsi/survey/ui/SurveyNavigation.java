package com.dealercsi.survey.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/** Back, next and finally send, at the foot of every step. */
final class SurveyNavigation extends Div {

    SurveyNavigation(int step, SurveySteps steps, IntConsumer goTo, Runnable next, Consumer<Button> submit) {
        addClassName("survey-nav");
        if (step > 0) {
            var back = new Button(getTranslation("survey.back"), click -> goTo.accept(step - 1));
            back.addThemeVariants(ButtonVariant.TERTIARY);
            back.setId("back");
            add(back);
        }
        if (step < steps.review()) {
            var forward = new Button(
                    getTranslation(step == steps.comment() ? "survey.toReview" : "survey.next"), click -> next.run());
            forward.addThemeVariants(ButtonVariant.PRIMARY);
            forward.setId("next");
            add(forward);
        } else {
            var send = new Button(getTranslation("survey.submit"));
            send.addThemeVariants(ButtonVariant.PRIMARY);
            send.setId("submit");
            // a double tap sends one click: the browser disables the button before the second
            send.setDisableOnClick(true);
            send.addClickListener(click -> submit.accept(send));
            add(send);
        }
    }
}
