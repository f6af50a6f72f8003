package com.dealercsi.alerting.ui;

import com.dealercsi.admin.Role;
import com.dealercsi.alerting.AlertLevel;
import com.dealercsi.alerting.AlertSettings;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Per alert level, the roles that get the mail and the extra addresses that get it too. */
class RecipientFields extends TwoColumnForm {

    private final Map<AlertLevel, CheckboxGroup<Role>> roles = new EnumMap<>(AlertLevel.class);
    private final Map<AlertLevel, ListArea> extras = new EnumMap<>(AlertLevel.class);

    RecipientFields() {
        for (var level : List.of(AlertLevel.RED, AlertLevel.AMBER, AlertLevel.INFO)) {
            var levelName = getTranslation("alert.level." + level.name());
            var group = new CheckboxGroup<Role>(getTranslation("alerting.settings.roles", levelName));
            group.setItems(AlertSettings.RECIPIENT_ROLES.stream().sorted().toList());
            group.setItemLabelGenerator(role -> getTranslation("alerting.role." + role.name()));
            group.setId("roles" + level.name());
            var extra = new ListArea(getTranslation("alerting.settings.extra", levelName), "extra" + level.name());
            roles.put(level, group);
            extras.put(level, extra);
            add(group, extra);
        }
    }

    void show(AlertSettings settings) {
        roles.forEach((level, group) -> group.setValue(settings.rolesFor(level)));
        extras.forEach((level, area) -> area.show(settings.extraAddressesFor(level)));
    }

    Map<AlertLevel, Set<Role>> roles() {
        var selected = new EnumMap<AlertLevel, Set<Role>>(AlertLevel.class);
        roles.forEach((level, group) -> selected.put(level, Set.copyOf(group.getValue())));
        return selected;
    }

    Map<AlertLevel, List<String>> extraAddresses() {
        var addresses = new EnumMap<AlertLevel, List<String>>(AlertLevel.class);
        extras.forEach((level, area) -> addresses.put(level, area.entries()));
        return addresses;
    }

    /** The fields a settings problem can name, by the name it uses. */
    Map<String, HasValidation> fields() {
        var fields = new LinkedHashMap<String, HasValidation>();
        roles.forEach((level, group) -> fields.put("roles" + level.name(), group));
        extras.forEach((level, area) -> fields.put("extra" + level.name(), area));
        return fields;
    }
}
