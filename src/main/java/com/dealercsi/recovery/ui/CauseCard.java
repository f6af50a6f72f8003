package com.dealercsi.recovery.ui;

import com.dealercsi.recovery.CaseRuleViolation;
import com.dealercsi.recovery.Cause;
import com.dealercsi.recovery.Causes;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * One cause: its names to edit, whether it is retired or used, and the buttons that apply to it. Delete is offered
 * only for a cause no case has used; the others can only be retired.
 */
class CauseCard extends Div {

    CauseCard(Cause cause, Causes causes, Runnable changed) {
        addClassName("cause-card");
        setId(domId(cause));
        if (cause.retired()) {
            addClassName("cause-retired");
        }
        var badges = new Div();
        badges.addClassName("cause-badges");
        if (cause.retired()) {
            badges.add(badge("causes.retiredBadge"));
        }
        if (cause.used()) {
            badges.add(badge("causes.usedBadge"));
        }
        var names = new CauseNameFields(domId(cause), cause.nameEn(), cause.nameZh());
        var save = new Button(getTranslation("causes.save"), click -> {
            try {
                causes.rename(cause.id(), names.english(), names.chinese());
                done("causes.saved", cause, changed);
            } catch (CaseRuleViolation refused) {
                names.show(refused);
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId(domId(cause) + "-save");
        var buttons = new Div(save);
        buttons.addClassName("cause-buttons");
        if (cause.retired()) {
            buttons.add(button("causes.reinstate", "reinstate", cause, () -> {
                causes.reinstate(cause.id());
                done("causes.reinstated", cause, changed);
            }));
        } else {
            buttons.add(button("causes.retire", "retire", cause, () -> {
                causes.retire(cause.id());
                done("causes.retiredDone", cause, changed);
            }));
        }
        if (!cause.used()) {
            var delete = button("causes.delete", "delete", cause, () -> {
                causes.delete(cause.id());
                done("causes.deleted", cause, changed);
            });
            delete.addThemeVariants(ButtonVariant.ERROR);
            buttons.add(delete);
        }
        add(badges, names, buttons);
    }

    private Button button(String key, String action, Cause cause, Runnable change) {
        var button = new Button(getTranslation(key), click -> {
            try {
                change.run();
            } catch (CaseRuleViolation refused) {
                Notification.show(getTranslation(refused.messageKey()), 6000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.ERROR);
            }
        });
        button.setId(domId(cause) + "-" + action);
        // the name in the button's accessible name, so a screen reader knows which of the many "Retire" it is
        button.setAriaLabel(getTranslation(key) + ": " + cause.name(getLocale()));
        return button;
    }

    private void done(String key, Cause cause, Runnable changed) {
        Notification.show(getTranslation(key, cause.name(getLocale())), 3000, Notification.Position.BOTTOM_CENTER)
                .addThemeVariants(NotificationVariant.SUCCESS);
        changed.run();
    }

    /** Codes hold a dot, which an id used as a CSS selector must not. */
    static String domId(Cause cause) {
        return "cause-" + cause.code().replace('.', '-');
    }

    private Span badge(String key) {
        var badge = new Span(getTranslation(key));
        badge.addClassName("cause-badge");
        return badge;
    }
}
