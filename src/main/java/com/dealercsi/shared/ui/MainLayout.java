package com.dealercsi.shared.ui;

import com.dealercsi.shared.Language;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/**
 * The back office's frame. Its menu lists whatever views the user may open (each view declares itself with
 * {@code @Menu}), so features add screens without touching this class.
 */
// one stylesheet per area of the back office, loaded with its frame rather than with every page (the survey's phone)
@StyleSheet("backoffice.css")
@StyleSheet("invitation.css")
@StyleSheet("recovery.css")
@PermitAll
public class MainLayout extends AppLayout {

    public MainLayout(AuthenticationContext authentication, LanguagePreference preference) {
        var title = new H1(getTranslation("app.name"));
        title.addClassName("app-title");
        var user = new Span(authentication.getPrincipalName().orElse(""));
        user.addClassName("app-user");
        var logout = new Button(getTranslation("nav.logout"), e -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.TERTIARY);
        logout.setId("logout");
        // a signed-in user's switch is kept with their account, so the next login opens in the same language
        var language = new LanguageSwitch(() -> {
            preference.remember(Language.of(UI.getCurrent().getLocale()));
            UI.getCurrent().getPage().reload();
        });
        var toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("nav.toggle"));
        var header = new HorizontalLayout(toggle, title, user, language, logout);
        header.addClassName("app-header");
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.expand(title);
        header.setWidthFull();
        addToNavbar(header);

        var nav = new SideNav();
        nav.setLabel(getTranslation("nav.label"));
        // the web components' own words (read out by screen readers) are English unless given
        nav.setI18n(new SideNav.SideNavI18n().setToggle(getTranslation("nav.toggleChildren")));
        setI18n(new AppLayoutI18n().setDrawer(getTranslation("nav.drawer")));
        MenuConfiguration.getMenuEntries()
                .forEach(entry -> nav.addItem(new SideNavItem(getTranslation(entry.title()), entry.path())));
        addToDrawer(nav);
        setPrimarySection(Section.NAVBAR);
    }
}
