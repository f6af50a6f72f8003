package com.dealercsi.alerting.ui;

import com.dealercsi.admin.StoreRef;
import com.dealercsi.alerting.AlertSettings;
import com.dealercsi.alerting.AlertSettingsService;
import com.dealercsi.shared.ui.MainLayout;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A store's alert rules and who hears of each level; saved only when every field makes sense. */
@Route(value = "alert-rules", layout = MainLayout.class)
@Menu(title = "alerting.nav.rules", order = 8)
@RolesAllowed({"ADMIN", "GROUP_MANAGER", "GENERAL_MANAGER", "STORE_MANAGER"})
public class AlertRulesView extends Main implements HasDynamicTitle {

    private final AlertSettingsService service;
    private final Select<StoreRef> store = new Select<>();
    private final RuleFields rules = new RuleFields();
    private final RecipientFields recipients = new RecipientFields();
    private final WebhooksField webhooks = new WebhooksField();

    public AlertRulesView(AlertSettingsService service) {
        this.service = service;
        addClassNames("page", "alert-rules");
        add(new H2(getTranslation("alerting.settings.title")));
        var stores = service.editableStores();
        if (stores.isEmpty()) {
            add(new Paragraph(getTranslation("alerting.settings.noStore")));
            return;
        }
        store.setLabel(getTranslation("alerting.settings.store"));
        store.setItems(stores);
        store.setItemLabelGenerator(StoreRef::name);
        store.setId("rules-store");
        store.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                show(service.of(change.getValue().id()));
            }
        });

        var save = new Button(getTranslation("alerting.settings.save"), click -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("save-alert-rules");
        var defaults =
                new Button(getTranslation("alerting.settings.defaults"), click -> show(AlertSettings.defaults()));
        defaults.setId("alert-rules-defaults");
        add(
                store,
                new H3(getTranslation("alerting.settings.rules")),
                rules,
                new H3(getTranslation("alerting.settings.recipients")),
                recipients,
                webhooks,
                save,
                defaults);
        store.setValue(stores.getFirst());
    }

    private void show(AlertSettings settings) {
        clearErrors();
        rules.show(settings);
        recipients.show(settings);
        webhooks.show(settings.webhooks());
    }

    private void save() {
        clearErrors();
        var channels = webhooks.channels();
        var problems = channels.isPresent()
                ? service.save(
                        store.getValue().id(),
                        rules.settings(recipients.roles(), recipients.extraAddresses(), channels.get()))
                : List.of(new AlertSettings.Problem("webhooks", "alerting.settings.error.webhook"));
        if (problems.isEmpty()) {
            Notification.show(getTranslation("alerting.settings.saved"), 4000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.SUCCESS);
            show(service.of(store.getValue().id()));
            return;
        }
        var fields = fields();
        for (var problem : problems) {
            var field = fields.get(problem.field());
            if (field != null) {
                field.setErrorMessage(getTranslation(problem.messageKey()));
                field.setInvalid(true);
            }
        }
        Notification.show(getTranslation("alerting.settings.notSaved"), 5000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.ERROR);
    }

    private Map<String, HasValidation> fields() {
        var fields = new LinkedHashMap<String, HasValidation>(rules.fields());
        fields.putAll(recipients.fields());
        fields.put("webhooks", webhooks);
        return fields;
    }

    private void clearErrors() {
        fields().values().forEach(field -> field.setInvalid(false));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("alerting.settings.title") + " · " + getTranslation("app.name");
    }
}
