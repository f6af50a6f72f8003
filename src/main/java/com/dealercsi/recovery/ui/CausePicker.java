package com.dealercsi.recovery.ui;

import com.dealercsi.recovery.Cause;
import com.dealercsi.shared.Factor;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The root causes a closing case is given, one labelled group of checkboxes per CSI factor, stacked so each box
 * is a full-width target on a phone; one sentence under them says when none is picked.
 */
class CausePicker extends Div implements HasValidation {

    private final List<CheckboxGroup<Cause>> groups = new ArrayList<>();
    private final Paragraph error = new Paragraph();
    private String errorMessage = "";

    CausePicker(List<Cause> offered) {
        addClassName("cause-picker");
        setId("close-causes");
        getElement().setAttribute("role", "group");
        var legend = new Span(getTranslation("causes.close.label"));
        legend.addClassName("cause-picker-legend");
        legend.setId("close-causes-legend");
        getElement().setAttribute("aria-labelledby", "close-causes-legend");
        var hint = new Paragraph(getTranslation("causes.close.hint"));
        hint.addClassName("cause-picker-hint");
        add(legend, hint);
        var byFactor = new EnumMap<Factor, List<Cause>>(Factor.class);
        offered.forEach(cause ->
                byFactor.computeIfAbsent(cause.factor(), f -> new ArrayList<>()).add(cause));
        byFactor.forEach((factor, causes) -> {
            var group = new CheckboxGroup<Cause>(getTranslation(factor.messageKey()));
            group.setItems(causes);
            group.setItemLabelGenerator(cause -> cause.name(getLocale()));
            group.getElement().getThemeList().add("vertical");
            group.setId("close-causes-" + factor.code());
            group.addClassName("cause-group");
            group.addValueChangeListener(change -> {
                if (!selected().isEmpty()) {
                    setInvalid(false);
                }
            });
            groups.add(group);
            add(group);
        });
        error.addClassName("cause-picker-error");
        error.setId("close-causes-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        add(error);
    }

    Set<UUID> selected() {
        return groups.stream()
                .flatMap(group -> group.getValue().stream())
                .map(Cause::id)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    @Override
    public void setErrorMessage(String errorMessage) {
        this.errorMessage = errorMessage == null ? "" : errorMessage;
        error.setText(this.errorMessage);
    }

    @Override
    public String getErrorMessage() {
        return errorMessage;
    }

    @Override
    public void setInvalid(boolean invalid) {
        error.setVisible(invalid);
        groups.forEach(group -> group.setInvalid(invalid));
    }

    @Override
    public boolean isInvalid() {
        return error.isVisible();
    }
}
