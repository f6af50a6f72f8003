package com.dealercsi.targets.ui;

import com.dealercsi.shared.ui.MainLayout;
import com.dealercsi.targets.Targets;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.ZoneId;

/**
 * Targets for the year and, where a month needs its own, for the month: administrators set the group's default
 * and any store's, general and service managers their own stores'. The dashboard shows every figure against them.
 */
@Route(value = "targets", layout = MainLayout.class)
@Menu(title = "targets.nav", order = 8)
@RolesAllowed({"ADMIN", "GENERAL_MANAGER", "STORE_MANAGER"})
@StyleSheet("targets.css")
public class TargetsView extends Main implements HasDynamicTitle {

    private final Targets targets;
    private final TargetPeriodPicker picker;
    private final TargetFields fields = new TargetFields();

    public TargetsView(Targets targets, Clock clock) {
        this.targets = targets;
        addClassNames("page", "targets");
        var stores = targets.editableStores();
        boolean group = targets.mayEditGroupDefault();
        var zone = stores.isEmpty()
                ? ZoneId.of("Asia/Shanghai")
                : stores.getFirst().timeZone();
        picker = new TargetPeriodPicker(
                stores, group, clock.instant().atZone(zone).getYear());
        add(new H2(getTranslation("targets.title")), new Paragraph(getTranslation("targets.intro")));
        if (stores.isEmpty() && !group) {
            add(new Paragraph(getTranslation("targets.noStores")));
            return;
        }
        var save = new Button(getTranslation("targets.save"), click -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("targets-save");
        var buttons = new Div(save);
        buttons.addClassName("target-buttons");
        add(picker, fields, buttons);
        picker.onChange(this::show);
        show();
    }

    private void show() {
        var scope = picker.scope();
        if (scope != null) {
            fields.show(targets.sheet(scope.storeId(), picker.year(), picker.month()));
        }
    }

    private void save() {
        var scope = picker.scope();
        if (scope == null) {
            return;
        }
        var problems = targets.set(scope.storeId(), picker.year(), picker.month(), fields.values());
        fields.showProblems(problems);
        if (problems.isEmpty()) {
            Notification.show(getTranslation("targets.saved", scope.name()), 4000, Notification.Position.BOTTOM_CENTER)
                    .addThemeVariants(NotificationVariant.SUCCESS);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("targets.title") + " · " + getTranslation("app.name");
    }
}
