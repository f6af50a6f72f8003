package com.dealercsi.recovery.ui;

import com.dealercsi.recovery.CaseRuleViolation;
import com.dealercsi.recovery.Causes;
import com.dealercsi.shared.Factor;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;

/** A new cause under a factor, with its names in both languages; a refused name is said at its field. */
class CauseAddForm extends Div {

    CauseAddForm(Causes causes, Runnable added) {
        addClassName("cause-add");
        var factor = new Select<Factor>();
        factor.setLabel(getTranslation("causes.factor"));
        factor.setItems(Factor.values());
        factor.setItemLabelGenerator(f -> getTranslation(f.messageKey()));
        factor.setValue(Factor.SERVICE_INITIATION);
        factor.setId("cause-add-factor");
        var names = new CauseNameFields("cause-add");
        var add = new Button(getTranslation("causes.add"), click -> {
            try {
                var cause = causes.add(factor.getValue(), names.english(), names.chinese());
                names.clear();
                Notification.show(
                                getTranslation("causes.added", cause.name(getLocale())),
                                3000,
                                Notification.Position.BOTTOM_CENTER)
                        .addThemeVariants(NotificationVariant.SUCCESS);
                added.run();
            } catch (CaseRuleViolation refused) {
                names.show(refused);
            }
        });
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add.setId("cause-add");
        add(new H3(getTranslation("causes.addTitle")), factor, names, add);
    }
}
