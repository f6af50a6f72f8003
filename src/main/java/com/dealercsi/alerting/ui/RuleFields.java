package com.dealercsi.alerting.ui;

import com.dealercsi.admin.Role;
import com.dealercsi.alerting.AlertLevel;
import com.dealercsi.alerting.AlertSettings;
import com.dealercsi.alerting.WebhookChannel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The thresholds and keywords that raise an alert, and the level each rule raises. */
class RuleFields extends TwoColumnForm {

    private final IntegerField overallAtMost = number("overallAtMost", 1, 10);
    private final Select<AlertLevel> overallLevel = levelSelect("overallLevel");
    private final ListArea keywordsZh = new ListArea(getTranslation("alerting.settings.keywordsZh"), "keywordsZh");
    private final ListArea keywordsEn = new ListArea(getTranslation("alerting.settings.keywordsEn"), "keywordsEn");
    private final Select<AlertLevel> keywordLevel = levelSelect("keywordLevel");
    private final IntegerField factorBelow = number("factorBelow", 100, 1000);
    private final Select<AlertLevel> factorLevel = levelSelect("factorLevel");
    private final IntegerField npsAtMost = number("npsAtMost", 0, 10);
    private final Select<AlertLevel> npsLevel = levelSelect("npsLevel");
    private final Select<AlertLevel> contactLevel = levelSelect("contactLevel");

    RuleFields() {
        add(
                overallAtMost,
                overallLevel,
                factorBelow,
                factorLevel,
                npsAtMost,
                npsLevel,
                keywordsZh,
                keywordsEn,
                keywordLevel,
                contactLevel);
        setColspan(keywordLevel, 1);
    }

    void show(AlertSettings settings) {
        overallAtMost.setValue(settings.overallAtMost());
        overallLevel.setValue(settings.overallLevel());
        keywordsZh.show(settings.keywordsZh());
        keywordsEn.show(settings.keywordsEn());
        keywordLevel.setValue(settings.keywordLevel());
        factorBelow.setValue((int) Math.round(settings.factorBelow()));
        factorLevel.setValue(settings.factorLevel());
        npsAtMost.setValue(settings.npsAtMost());
        npsLevel.setValue(settings.npsLevel());
        contactLevel.setValue(settings.contactLevel());
    }

    /** These rules with the given recipients and channels, as entered: checking them is the settings' job. */
    AlertSettings settings(
            Map<AlertLevel, Set<Role>> roles,
            Map<AlertLevel, List<String>> extraAddresses,
            List<WebhookChannel> webhooks) {
        // an emptied number field becomes a value out of its range, which the settings' own check names;
        // 0 is a valid NPS threshold, so there it becomes -1
        return new AlertSettings(
                orZero(overallAtMost),
                overallLevel.getValue(),
                keywordsZh.entries(),
                keywordsEn.entries(),
                keywordLevel.getValue(),
                orZero(factorBelow),
                factorLevel.getValue(),
                npsAtMost.getValue() == null ? -1 : npsAtMost.getValue(),
                npsLevel.getValue(),
                contactLevel.getValue(),
                roles,
                extraAddresses,
                webhooks);
    }

    /** The fields a settings problem can name, by the name it uses. */
    Map<String, HasValidation> fields() {
        var fields = new LinkedHashMap<String, HasValidation>();
        fields.put("overallAtMost", overallAtMost);
        fields.put("factorBelow", factorBelow);
        fields.put("npsAtMost", npsAtMost);
        fields.put("keywordsZh", keywordsZh);
        fields.put("keywordsEn", keywordsEn);
        return fields;
    }

    private static int orZero(IntegerField field) {
        return field.getValue() == null ? 0 : field.getValue();
    }

    private IntegerField number(String id, int min, int max) {
        var field = new IntegerField();
        field.setLabel(getTranslation("alerting.settings." + id));
        field.setHelperText(getTranslation("alerting.settings.range", min, max));
        field.setStepButtonsVisible(true);
        field.setId(id);
        return field;
    }

    private Select<AlertLevel> levelSelect(String id) {
        var select = new Select<AlertLevel>();
        select.setLabel(getTranslation("alerting.settings." + id));
        select.setItems(AlertLevel.RED, AlertLevel.AMBER, AlertLevel.INFO);
        select.setItemLabelGenerator(level -> getTranslation("alert.level." + level.name()));
        select.setId(id);
        return select;
    }
}
