package com.dealercsi.plans.ui;

import com.dealercsi.admin.StoreRef;
import com.dealercsi.plans.PlanFilter;
import com.dealercsi.plans.PlanStatus;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import java.util.List;

/** The plan list's filters: store (when there is more than one), status, and overdue only. */
class PlanFilters extends Div {

    private final Select<StoreRef> store = new Select<>();
    private final Select<PlanStatus> status = new Select<>();
    private final Checkbox overdue = new Checkbox();

    PlanFilters(List<StoreRef> stores, Runnable onChange) {
        addClassName("plan-filters");
        store.setLabel(getTranslation("plans.filter.store"));
        store.setItems(stores);
        store.setEmptySelectionAllowed(true);
        store.setEmptySelectionCaption(getTranslation("plans.filter.all"));
        store.setItemLabelGenerator(s -> s == null ? getTranslation("plans.filter.all") : s.name());
        store.setVisible(stores.size() > 1);
        store.setId("plans-filter-store");

        status.setLabel(getTranslation("plans.filter.status"));
        status.setItems(PlanStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("plans.filter.all"));
        status.setItemLabelGenerator(
                s -> s == null ? getTranslation("plans.filter.all") : getTranslation(s.messageKey()));
        status.setId("plans-filter-status");

        overdue.setLabel(getTranslation("plans.filter.overdue"));
        overdue.setId("plans-filter-overdue");

        store.addValueChangeListener(e -> onChange.run());
        status.addValueChangeListener(e -> onChange.run());
        overdue.addValueChangeListener(e -> onChange.run());
        add(store, status, overdue);
    }

    PlanFilter filter() {
        return new PlanFilter(
                store.getValue() == null ? null : store.getValue().id(), status.getValue(), overdue.getValue());
    }
}
