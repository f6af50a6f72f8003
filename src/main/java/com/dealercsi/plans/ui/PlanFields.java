package com.dealercsi.plans.ui;

import com.dealercsi.admin.StaffRef;
import com.dealercsi.admin.StoreRef;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** The store, what is wrong, the measures, who owns the plan and by when: the weak-item form's fields. */
class PlanFields extends Div {

    private final Select<StoreRef> store = new Select<>();
    private final TextArea problem = new TextArea();
    private final TextArea measures = new TextArea();
    private final ComboBox<StaffRef> owner = new ComboBox<>();
    private final DatePicker due = new DatePicker();

    PlanFields(List<StoreRef> stores, Function<UUID, List<StaffRef>> ownersOf, LocalDate today) {
        addClassName("plan-fields");
        store.setLabel(getTranslation("plans.field.store"));
        store.setItems(stores);
        store.setItemLabelGenerator(s -> s == null ? "" : s.name());
        store.setId("plan-store");
        store.addValueChangeListener(e -> {
            owner.clear();
            owner.setItems(
                    e.getValue() == null
                            ? List.of()
                            : ownersOf.apply(e.getValue().id()));
        });
        store.setVisible(stores.size() > 1);

        problem.setLabel(getTranslation("plans.field.problem"));
        problem.setHelperText(getTranslation("plans.field.problem.help"));
        problem.setMaxLength(2000);
        problem.setRequiredIndicatorVisible(true);
        problem.setId("plan-problem");

        measures.setLabel(getTranslation("plans.field.measures"));
        measures.setHelperText(getTranslation("plans.field.measures.help"));
        measures.setMaxLength(4000);
        measures.setRequiredIndicatorVisible(true);
        measures.setId("plan-measures");

        owner.setLabel(getTranslation("plans.field.owner"));
        owner.setItemLabelGenerator(StaffRef::name);
        owner.setRequiredIndicatorVisible(true);
        owner.setId("plan-owner");

        due.setLabel(getTranslation("plans.field.due"));
        due.setMin(today);
        due.setRequiredIndicatorVisible(true);
        due.setId("plan-due");
        if (stores.size() == 1) {
            store.setValue(stores.getFirst());
        }
        add(store, problem, measures, owner, due);
    }

    void chooseStore(UUID storeId) {
        store.getListDataView()
                .getItems()
                .filter(s -> s.id().equals(storeId))
                .findFirst()
                .ifPresent(store::setValue);
    }

    @Nullable
    UUID storeId() {
        return store.getValue() == null ? null : store.getValue().id();
    }

    String problem() {
        return problem.getValue();
    }

    String measures() {
        return measures.getValue();
    }

    @Nullable
    UUID ownerId() {
        return owner.getValue() == null ? null : owner.getValue().id();
    }

    @Nullable
    LocalDate due() {
        return due.getValue();
    }

    /** Marks a field as refused with the sentence saying why; null clears it. Returns false for other fields. */
    boolean showProblem(String field, @Nullable String message) {
        switch (field) {
            case "problem" -> mark(problem, message);
            case "measures" -> mark(measures, message);
            case "owner" -> {
                owner.setInvalid(message != null);
                owner.setErrorMessage(message);
            }
            case "due" -> {
                due.setInvalid(message != null);
                due.setErrorMessage(message);
            }
            case "store" -> {
                if (message != null) {
                    store.setVisible(true);
                }
                store.setInvalid(message != null);
                store.setErrorMessage(message);
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private static void mark(TextArea area, @Nullable String message) {
        area.setInvalid(message != null);
        area.setErrorMessage(message);
    }
}
