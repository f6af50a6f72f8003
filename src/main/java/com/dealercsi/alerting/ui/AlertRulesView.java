package com.dealercsi.alerting.ui;

import com.dealercsi.admin.Role;
import com.dealercsi.admin.StoreRef;
import com.dealercsi.alerting.AlertLevel;
import com.dealercsi.alerting.AlertSettings;
import com.dealercsi.alerting.AlertSettingsService;
import com.dealercsi.alerting.WebhookChannel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** A store's alert rules and who hears of each level; saved only when every field makes sense. */
@Route("alert-rules")
@Menu(title = "alerting.nav.rules", order = 8)
@RolesAllowed({"ADMIN", "GROUP_MANAGER", "GENERAL_MANAGER", "STORE_MANAGER"})
public class AlertRulesView extends Main implements HasDynamicTitle {

    private final AlertSettingsService service;
    private final Select<StoreRef> store = new Select<>();
    private final IntegerField overallAtMost = new IntegerField();
    private final Select<AlertLevel> overallLevel = levelSelect("overallLevel");
    private final TextArea keywordsZh = new TextArea();
    private final TextArea keywordsEn = new TextArea();
    private final Select<AlertLevel> keywordLevel = levelSelect("keywordLevel");
    private final IntegerField factorBelow = new IntegerField();
    private final Select<AlertLevel> factorLevel = levelSelect("factorLevel");
    private final IntegerField npsAtMost = new IntegerField();
    private final Select<AlertLevel> npsLevel = levelSelect("npsLevel");
    private final Select<AlertLevel> contactLevel = levelSelect("contactLevel");
    private final Map<AlertLevel, CheckboxGroup<Role>> roles = new EnumMap<>(AlertLevel.class);
    private final Map<AlertLevel, TextArea> extras = new EnumMap<>(AlertLevel.class);
    private final TextArea webhooks = new TextArea();

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

        number(overallAtMost, "overallAtMost", 1, 10);
        number(factorBelow, "factorBelow", 100, 1000);
        number(npsAtMost, "npsAtMost", 0, 10);
        keywords(keywordsZh, "keywordsZh");
        keywords(keywordsEn, "keywordsEn");

        var rules = new FormLayout(overallAtMost, overallLevel, factorBelow, factorLevel, npsAtMost, npsLevel,
                keywordsZh, keywordsEn, keywordLevel, contactLevel);
        rules.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("560px", 2));
        rules.setColspan(keywordLevel, 1);

        var recipients = new FormLayout();
        recipients.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("560px", 2));
        for (var level : List.of(AlertLevel.RED, AlertLevel.AMBER, AlertLevel.INFO)) {
            var group = new CheckboxGroup<Role>(getTranslation("alerting.settings.roles",
                    getTranslation("alert.level." + level.name())));
            group.setItems(AlertSettings.RECIPIENT_ROLES.stream().sorted().toList());
            group.setItemLabelGenerator(role -> getTranslation("alerting.role." + role.name()));
            group.setId("roles" + level.name());
            var extra = new TextArea(getTranslation("alerting.settings.extra",
                    getTranslation("alert.level." + level.name())));
            extra.setHelperText(getTranslation("alerting.settings.onePerLine"));
            extra.setId("extra" + level.name());
            roles.put(level, group);
            extras.put(level, extra);
            recipients.add(group, extra);
        }

        webhooks.setLabel(getTranslation("alerting.settings.webhooks"));
        webhooks.setHelperText(getTranslation("alerting.settings.webhooksHelp"));
        webhooks.setWidthFull();
        webhooks.setId("webhooks");

        var save = new Button(getTranslation("alerting.settings.save"), click -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("save-alert-rules");
        var defaults = new Button(getTranslation("alerting.settings.defaults"), click -> show(AlertSettings.defaults()));
        defaults.setId("alert-rules-defaults");
        add(store, new H3(getTranslation("alerting.settings.rules")), rules,
                new H3(getTranslation("alerting.settings.recipients")), recipients, webhooks, save, defaults);
        store.setValue(stores.getFirst());
    }

    private void show(AlertSettings settings) {
        clearErrors();
        overallAtMost.setValue(settings.overallAtMost());
        overallLevel.setValue(settings.overallLevel());
        keywordsZh.setValue(String.join("\n", settings.keywordsZh()));
        keywordsEn.setValue(String.join("\n", settings.keywordsEn()));
        keywordLevel.setValue(settings.keywordLevel());
        factorBelow.setValue((int) Math.round(settings.factorBelow()));
        factorLevel.setValue(settings.factorLevel());
        npsAtMost.setValue(settings.npsAtMost());
        npsLevel.setValue(settings.npsLevel());
        contactLevel.setValue(settings.contactLevel());
        roles.forEach((level, group) -> group.setValue(settings.rolesFor(level)));
        extras.forEach((level, area) -> area.setValue(String.join("\n", settings.extraAddressesFor(level))));
        webhooks.setValue(settings.webhooks().stream().map(WebhookChannel::line).collect(Collectors.joining("\n")));
    }

    private void save() {
        clearErrors();
        // an emptied number field is out of range, which the settings' own check names
        var changed = new AlertSettings(orZero(overallAtMost), overallLevel.getValue(), lines(keywordsZh),
                lines(keywordsEn), keywordLevel.getValue(), orZero(factorBelow), factorLevel.getValue(),
                orMinusOne(npsAtMost), npsLevel.getValue(), contactLevel.getValue(), selectedRoles(), extraAddresses(),
                channels());
        var problems = channelsReadable() ? service.save(store.getValue().id(), changed)
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
        var fields = new LinkedHashMap<String, HasValidation>();
        fields.put("overallAtMost", overallAtMost);
        fields.put("factorBelow", factorBelow);
        fields.put("npsAtMost", npsAtMost);
        fields.put("keywordsZh", keywordsZh);
        fields.put("keywordsEn", keywordsEn);
        roles.forEach((level, group) -> fields.put("roles" + level.name(), group));
        extras.forEach((level, area) -> fields.put("extra" + level.name(), area));
        fields.put("webhooks", webhooks);
        return fields;
    }

    private void clearErrors() {
        fields().values().forEach(field -> field.setInvalid(false));
    }

    private Map<AlertLevel, Set<Role>> selectedRoles() {
        var selected = new EnumMap<AlertLevel, Set<Role>>(AlertLevel.class);
        roles.forEach((level, group) -> selected.put(level, Set.copyOf(group.getValue())));
        return selected;
    }

    private Map<AlertLevel, List<String>> extraAddresses() {
        var addresses = new EnumMap<AlertLevel, List<String>>(AlertLevel.class);
        extras.forEach((level, area) -> addresses.put(level, lines(area)));
        return addresses;
    }

    /** Lines {@code KIND URL [SECRET]}; a line that is not of this form makes the whole list unreadable. */
    private List<WebhookChannel> channels() {
        return webhooks.getValue().lines().map(String::strip).filter(line -> !line.isEmpty())
                .map(AlertRulesView::channel).filter(java.util.Objects::nonNull).toList();
    }

    private boolean channelsReadable() {
        return webhooks.getValue().lines().map(String::strip).filter(line -> !line.isEmpty())
                .allMatch(line -> channel(line) != null);
    }

    private static @org.jspecify.annotations.Nullable WebhookChannel channel(String line) {
        var parts = line.split("\\s+");
        if (parts.length < 2 || parts.length > 3) {
            return null;
        }
        try {
            var kind = WebhookChannel.Kind.valueOf(parts[0].toUpperCase(java.util.Locale.ROOT));
            return new WebhookChannel(kind, parts[1], parts.length == 3 ? parts[2] : "");
        } catch (IllegalArgumentException unknownKind) {
            return null;
        }
    }

    private static List<String> lines(TextArea area) {
        return Arrays.stream(area.getValue().split("[\\n,，;；]")).map(String::strip).filter(s -> !s.isEmpty())
                .toList();
    }

    private static int orZero(IntegerField field) {
        return field.getValue() == null ? 0 : field.getValue();
    }

    private static int orMinusOne(IntegerField field) {
        return field.getValue() == null ? -1 : field.getValue();
    }

    private void number(IntegerField field, String id, int min, int max) {
        field.setLabel(getTranslation("alerting.settings." + id));
        field.setHelperText(getTranslation("alerting.settings.range", min, max));
        field.setStepButtonsVisible(true);
        field.setId(id);
    }

    private void keywords(TextArea area, String id) {
        area.setLabel(getTranslation("alerting.settings." + id));
        area.setHelperText(getTranslation("alerting.settings.onePerLine"));
        area.setId(id);
    }

    private Select<AlertLevel> levelSelect(String id) {
        var select = new Select<AlertLevel>();
        select.setLabel(getTranslation("alerting.settings." + id));
        select.setItems(AlertLevel.RED, AlertLevel.AMBER, AlertLevel.INFO);
        select.setItemLabelGenerator(level -> getTranslation("alert.level." + level.name()));
        select.setId(id);
        return select;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("alerting.settings.title") + " · " + getTranslation("app.name");
    }
}
