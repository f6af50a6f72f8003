package com.dealercsi.targets.ui;

import com.dealercsi.targets.Metric;
import com.dealercsi.targets.TargetProblem;
import com.dealercsi.targets.TargetSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.NumberField;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One field per figure. A blank field sets no target at this level, so the next level applies; the field's helper
 * says which one. Refused values stay in their field, which says why.
 */
class TargetFields extends Div {

    private final Map<Metric, NumberField> fields = new EnumMap<>(Metric.class);

    TargetFields() {
        addClassName("target-fields");
        for (var metric : Metric.values()) {
            var field = new NumberField(getTranslation(metric.messageKey()));
            field.setId(
                    "target-" + metric.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            field.setMin(metric.min());
            field.setMax(metric.max());
            field.setStep(metric.decimals() == 0 ? 1 : 0.1);
            field.setClearButtonVisible(true);
            // the service checks the range and says why at the field, in the product's words
            field.setManualValidation(true);
            if (metric != Metric.CSI && metric != Metric.NPS) {
                field.setSuffixComponent(new Div("%"));
            }
            field.addValueChangeListener(change -> field.setInvalid(false));
            fields.put(metric, field);
            add(field);
        }
    }

    void show(TargetSheet sheet) {
        fields.forEach((metric, field) -> {
            field.setValue(sheet.stored().get(metric));
            field.setInvalid(false);
            var inherited = sheet.inherited().get(metric);
            field.setHelperText(
                    inherited == null
                            ? getTranslation("targets.field.noneBelow")
                            : getTranslation("targets.field.inherited", metric.format(inherited)));
        });
    }

    /** The targets typed; blank fields are left out. */
    Map<Metric, Double> values() {
        var values = new EnumMap<Metric, Double>(Metric.class);
        fields.forEach((metric, field) -> {
            if (field.getValue() != null) {
                values.put(metric, field.getValue());
            }
        });
        return values;
    }

    void showProblems(List<TargetProblem> problems) {
        fields.values().forEach(field -> field.setInvalid(false));
        boolean focused = false;
        for (var problem : problems) {
            if (problem.metric() == null) {
                continue;
            }
            var field = fields.get(problem.metric());
            field.setErrorMessage(
                    getTranslation(problem.messageKey(), String.valueOf(problem.min()), String.valueOf(problem.max())));
            field.setInvalid(true);
            if (!focused) {
                field.focus();
                focused = true;
            }
        }
    }
}
