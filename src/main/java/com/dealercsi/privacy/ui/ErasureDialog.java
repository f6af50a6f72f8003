package com.dealercsi.privacy.ui;

import com.dealercsi.privacy.ErasureResult;
import com.dealercsi.privacy.OwnerErasure;
import com.dealercsi.shared.privacy.OwnerQuery;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;

/**
 * Erasing an owner asks twice: a reason, which the audit trail keeps, and a tick that says it cannot be undone,
 * before a red button that looks like no other on the page. Whatever goes wrong is said in words, and what was
 * erased is handed back to the page.
 */
class ErasureDialog extends Dialog {

    private static final Logger LOG = LoggerFactory.getLogger(ErasureDialog.class);

    private final TextArea reason = new TextArea();
    private final Checkbox understand = new Checkbox();
    private final Paragraph problem = new Paragraph();

    ErasureDialog(OwnerErasure erasure, OwnerQuery query, int visits, Consumer<ErasureResult> erased) {
        setHeaderTitle(getTranslation("privacy.erase.title"));
        addClassName("owner-erasure");
        var explain = new Paragraph(getTranslation("privacy.erase.explain", visits));
        reason.setLabel(getTranslation("privacy.erase.reason"));
        reason.setHelperText(getTranslation("privacy.erase.reasonHelp"));
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(500);
        reason.setWidthFull();
        reason.setId("erase-reason");
        understand.setLabel(getTranslation("privacy.erase.understand"));
        understand.setId("erase-understand");
        problem.addClassName("owner-erasure-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setId("erase-problem");
        problem.setVisible(false);
        add(explain, reason, understand, problem);

        var cancel = new Button(getTranslation("privacy.erase.cancel"), click -> close());
        cancel.setId("erase-cancel");
        var confirm = new Button(getTranslation("privacy.erase.confirm"));
        confirm.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        confirm.setId("erase-confirm");
        confirm.setDisableOnClick(true);
        confirm.addClickListener(click -> {
            try {
                confirm(erasure, query, erased);
            } finally {
                confirm.setEnabled(true);
            }
        });
        getFooter().add(cancel, confirm);
        setCloseOnOutsideClick(false);
        reason.focus();
    }

    private void confirm(OwnerErasure erasure, OwnerQuery query, Consumer<ErasureResult> erased) {
        reason.setInvalid(false);
        understand.setInvalid(false);
        problem.setVisible(false);
        if (reason.getValue().isBlank()) {
            reason.setErrorMessage(getTranslation("privacy.erase.reasonRequired"));
            reason.setInvalid(true);
            reason.focus();
            return;
        }
        if (!understand.getValue()) {
            understand.setErrorMessage(getTranslation("privacy.erase.understandRequired"));
            understand.setInvalid(true);
            understand.focus();
            return;
        }
        try {
            var result = erasure.erase(query, reason.getValue().strip());
            close();
            erased.accept(result);
        } catch (UnsupportedOperationException notBuilt) {
            say("privacy.erase.notYet");
        } catch (AccessDeniedException refused) {
            say("privacy.erase.refused");
        } catch (RuntimeException failed) {
            // the exception's message may quote a stored value: the class is enough at this level
            LOG.warn("An erasure failed: {}", failed.getClass().getName());
            LOG.debug("Erasure failure", failed);
            say("privacy.erase.failed");
        }
    }

    private void say(String key) {
        problem.setText(getTranslation(key));
        problem.setVisible(true);
    }
}
