package com.dealercsi.plans.ui;

import com.dealercsi.plans.SubjectKind;
import com.dealercsi.shared.Factor;
import com.dealercsi.shared.Language;
import com.dealercsi.survey.Questionnaire;
import com.dealercsi.topics.Topic;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the plan is about: a kind and, for it, a factor, an item, a topic or a cause, all named in words. A cause may
 * also be one an administrator added (typed or linked by its code); then the factor it belongs to is asked too.
 */
class SubjectFields extends Div {

    private final Select<SubjectKind> kind = new Select<>();
    private final ComboBox<String> subject = new ComboBox<>();
    private final Select<Factor> factor = new Select<>();
    private final Questionnaire standard;
    private final Map<String, String> names = new LinkedHashMap<>();

    SubjectFields(Questionnaire standard) {
        this.standard = standard;
        addClassName("plan-subject");
        kind.setLabel(getTranslation("plans.field.kind"));
        kind.setItems(SubjectKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.messageKey()));
        kind.setValue(SubjectKind.FACTOR);
        kind.setId("plan-kind");

        subject.setLabel(getTranslation("plans.field.subject"));
        subject.setItemLabelGenerator(code -> names.getOrDefault(code, code));
        subject.setRequiredIndicatorVisible(true);
        subject.setId("plan-subject");
        subject.addCustomValueSetListener(e -> {
            if (kind.getValue() == SubjectKind.CAUSE) {
                names.put(e.getDetail(), e.getDetail());
                subject.setItems(new ArrayList<>(names.keySet()));
                subject.setValue(e.getDetail());
            }
        });

        factor.setLabel(getTranslation("plans.field.factor"));
        factor.setItems(Factor.values());
        factor.setItemLabelGenerator(f -> f == null ? "" : getTranslation(f.messageKey()));
        factor.setVisible(false);
        factor.setId("plan-factor");

        kind.addValueChangeListener(e -> offer(e.getValue()));
        subject.addValueChangeListener(e -> factor.setVisible(needsFactor()));
        offer(SubjectKind.FACTOR);
        add(kind, subject, factor);
    }

    /** Fills in what a link named; a code the list does not know stays as typed, for the plan's rules to judge. */
    void fill(SubjectKind linkedKind, String code) {
        kind.setValue(linkedKind);
        offer(linkedKind);
        var known =
                names.keySet().stream().filter(c -> c.equalsIgnoreCase(code)).findFirst();
        if (known.isEmpty()) {
            names.put(code, code);
            subject.setItems(new ArrayList<>(names.keySet()));
        }
        subject.setValue(known.orElse(code));
    }

    SubjectKind kind() {
        return kind.getValue() == null ? SubjectKind.FACTOR : kind.getValue();
    }

    String code() {
        return subject.getValue() == null ? "" : subject.getValue();
    }

    @Nullable
    Factor factor() {
        return factor.getValue();
    }

    void showProblem(String field, @Nullable String message) {
        if (field.equals("factor")) {
            factor.setVisible(true);
            factor.setInvalid(message != null);
            factor.setErrorMessage(message);
        } else {
            subject.setInvalid(message != null);
            subject.setErrorMessage(message);
        }
    }

    private boolean needsFactor() {
        return kind() == SubjectKind.CAUSE
                && !code().isEmpty()
                && Topic.of(code()).isEmpty();
    }

    private void offer(@Nullable SubjectKind chosen) {
        names.clear();
        var language = Language.of(getLocale());
        switch (chosen == null ? SubjectKind.FACTOR : chosen) {
            case FACTOR ->
                Arrays.stream(Factor.values()).forEach(f -> names.put(f.name(), getTranslation(f.messageKey())));
            case ITEM ->
                standard.pages().stream()
                        .flatMap(page -> page.stream())
                        .forEach(item -> names.put(item.id(), item.text(language)));
            case TOPIC, CAUSE ->
                Arrays.stream(Topic.values())
                        .forEach(t -> names.put(
                                t.code(),
                                getTranslation(t.factor().messageKey()) + " · " + getTranslation(t.messageKey())));
        }
        subject.setAllowCustomValue(chosen == SubjectKind.CAUSE);
        subject.setItems(new ArrayList<>(names.keySet()));
        subject.clear();
        factor.setVisible(false);
    }
}
