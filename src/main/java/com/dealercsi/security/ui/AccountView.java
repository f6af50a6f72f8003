package com.dealercsi.security.ui;

import com.dealercsi.digest.DigestSubscriptions;
import com.dealercsi.security.CurrentStaff;
import com.dealercsi.security.MyAccount;
import com.dealercsi.shared.Language;
import com.dealercsi.shared.ui.MainLayout;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.security.PermitAll;

/**
 * Every member of staff sees who they are signed in as and chooses the language the back office (and their alert
 * mails) speak; the administrator sets it when creating the account, this is where the user changes it. Managers
 * also turn their Monday digest off and on here.
 */
@Route(value = "account", layout = MainLayout.class)
@Menu(title = "account.nav", order = 89)
@PermitAll
public class AccountView extends Main implements HasDynamicTitle {

    public AccountView(MyAccount myAccount, DigestSubscriptions digest) {
        addClassNames("page", "admin-page", "account-page");
        var account = myAccount.account();
        var name = new TextField(getTranslation("account.name"));
        name.setValue(account.name());
        name.setReadOnly(true);
        name.setId("account-name");
        var email = new TextField(getTranslation("account.email"));
        email.setValue(account.email());
        email.setReadOnly(true);
        email.setId("account-email");

        var language = new RadioButtonGroup<Language>(getTranslation("account.language"));
        language.setId("account-language");
        language.addClassName("choice-tiles");
        language.setItems(Language.values());
        // each language is named in itself, so that someone who cannot read the current one still finds theirs
        language.setRenderer(new ComponentRenderer<>(choice -> {
            var label = new Span(getTranslation("language.name." + choice.name()));
            label.getElement().setAttribute("lang", choice.tag());
            return label;
        }));
        language.setValue(Language.of(UI.getCurrent().getLocale()));

        var save = new Button(getTranslation("account.save"), e -> {
            var chosen = language.getValue();
            myAccount.preferLanguage(chosen);
            VaadinSession.getCurrent().setLocale(chosen.locale());
            UI.getCurrent().getPage().reload();
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("account-save");

        var password = new Anchor(
                RouteConfiguration.forSessionScope().getUrl(PasswordView.class), getTranslation("account.password"));

        var form = new FormLayout(name, email, language);
        form.setMaxWidth("28rem");
        var actions = new Div(save, password);
        actions.addClassName("account-actions");
        add(new H2(getTranslation("account.title")), form, actions);
        var staffId = CurrentStaff.require().staffId();
        if (digest.offered(staffId)) {
            add(new DigestSwitch(digest, staffId));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.title") + " · " + getTranslation("app.name");
    }
}
