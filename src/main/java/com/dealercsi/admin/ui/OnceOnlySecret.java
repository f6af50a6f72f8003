package com.dealercsi.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

/** Shows an API key or a one-time password the single time it exists in clear text. */
final class OnceOnlySecret {

    private OnceOnlySecret() {}

    static void show(String title, String secret) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(title);
        var field = new TextField();
        field.setValue(secret);
        field.setReadOnly(true);
        field.setWidthFull();
        field.addClassName("once-only-secret");
        field.setAriaLabel(title);
        var note = new Paragraph(dialog.getTranslation("admin.onceOnly"));
        dialog.add(field, note);
        var close = new Button(dialog.getTranslation("admin.close"), e -> dialog.close());
        close.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.getFooter().add(close);
        dialog.setWidth("min(32rem, 95vw)");
        dialog.open();
    }
}
