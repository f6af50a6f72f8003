package com.dealercsi.security.ui;

import com.dealercsi.shared.ui.LanguageSwitch;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Staff log in here; the form posts to Spring Security. */
@Route(value = "login", autoLayout = false)
@StyleSheet("backoffice.css")
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();

    public LoginView() {
        addClassName("login-view");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(translations());
        // LoginI18n has no word for the password's eye button: the form's password field is given it directly
        form.getElement()
                .executeJs(
                        "customElements.whenDefined('vaadin-password-field').then(() =>"
                                + " requestAnimationFrame(() => { const field = this.querySelector('vaadin-password-field');"
                                + " if (field) { field.i18n = Object.assign({}, field.i18n, {reveal: $0}); } }))",
                        getTranslation("vaadin.password.reveal"));
        add(new LanguageSwitch(() -> UI.getCurrent().getPage().reload()), form);
    }

    private LoginI18n translations() {
        var i18n = LoginI18n.createDefault();
        var header = new LoginI18n.Header();
        header.setTitle(getTranslation("app.name"));
        header.setDescription(getTranslation("login.description"));
        i18n.setHeader(header);
        var texts = i18n.getForm();
        texts.setTitle(getTranslation("login.title"));
        texts.setUsername(getTranslation("login.email"));
        texts.setPassword(getTranslation("login.password"));
        texts.setSubmit(getTranslation("login.submit"));
        var error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("app.name");
    }
}
