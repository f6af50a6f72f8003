package com.dealercsi.recovery.ui;

import com.dealercsi.recovery.CaseRuleViolation;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Map;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * One way for every form and button of the case page to change the case, so a broken rule, a case changed
 * meanwhile or a right lost reads the same wherever it happens.
 */
final class CaseChanges {

    private final Component page;
    private final Runnable reload;

    /** @param reload shows the case as it now is */
    CaseChanges(Component page, Runnable reload) {
        this.page = page;
        this.reload = reload;
    }

    void run(Runnable change) {
        run(change, Map.of());
    }

    /**
     * Runs a change, and on success shows the case as it now is. A broken rule is said at its field (which reads
     * it to screen readers) or in a sentence, and everything typed stays in the form to be corrected; only a case
     * changed meanwhile, or one the user may no longer change, is shown afresh.
     *
     * @param fields the form's fields by the name a {@link CaseRuleViolation} gives
     */
    void run(Runnable change, Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(field -> field.setInvalid(false));
        try {
            change.run();
            Notification.show(page.getTranslation("recovery.detail.saved"), 3000, Notification.Position.BOTTOM_CENTER)
                    .addThemeVariants(NotificationVariant.SUCCESS);
        } catch (CaseRuleViolation violation) {
            var field = violation.field().map(fields::get);
            if (field.isPresent()) {
                field.get().setErrorMessage(page.getTranslation(violation.messageKey()));
                field.get().setInvalid(true);
                if (field.get() instanceof Focusable<?> focusable) {
                    focusable.focus();
                }
            } else {
                error(violation.messageKey());
            }
            return;
        } catch (ObjectOptimisticLockingFailureException changedMeanwhile) {
            error("recovery.error.changedMeanwhile");
        } catch (AccessDeniedException denied) {
            error("recovery.error.notAllowed");
        }
        reload.run();
    }

    private void error(String key) {
        Notification.show(page.getTranslation(key), 6000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.ERROR);
    }
}
