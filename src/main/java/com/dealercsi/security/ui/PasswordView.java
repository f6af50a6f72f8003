package com.dealercsi.security.ui;

import com.dealercsi.admin.AdministrationRejected;
import com.dealercsi.security.PasswordChange;
import com.dealercsi.shared.ui.MainLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/** Every member of staff changes their own password here, e.g. after an administrator's reset. */
@Route(value = "account/password", layout = MainLayout.class)
@Menu(title = "admin.password.nav", order = 90)
@PermitAll
public class PasswordView extends Main implements HasDynamicTitle {

    public PasswordView(PasswordChange passwords) {
        addClassNames("page", "admin-page");
        var current = new PasswordField(getTranslation("admin.password.current"));
        current.setId("current-password");
        var next = new PasswordField(getTranslation("admin.password.new"));
        next.setId("new-password");
        var repeat = new PasswordField(getTranslation("admin.password.repeat"));
        repeat.setId("repeat-password");
        var message = new Paragraph();
        message.getElement().setAttribute("role", "status");
        // a refused password is said at its field (read out to screen readers), and all three stay as typed
        var save = new Button(getTranslation("admin.password.save"), e -> {
            message.setText("");
            List.of(current, next, repeat).forEach(field -> field.setInvalid(false));
            if (!next.getValue().equals(repeat.getValue())) {
                refuse(repeat, "admin.password.mismatch");
                return;
            }
            try {
                passwords.change(current.getValue(), next.getValue());
                current.clear();
                next.clear();
                repeat.clear();
                message.setText(getTranslation("admin.password.changed"));
            } catch (AdministrationRejected rejected) {
                refuse(
                        rejected.messageKey().equals("admin.password.wrongCurrent") ? current : next,
                        rejected.messageKey());
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("change-password");
        var form = new FormLayout(current, next, repeat);
        form.setMaxWidth("28rem");
        add(new H2(getTranslation("admin.password.title")), form, message, save);
    }

    private void refuse(PasswordField field, String messageKey) {
        field.setErrorMessage(getTranslation(messageKey));
        field.setInvalid(true);
        field.focus();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.password.title") + " · " + getTranslation("app.name");
    }
}
