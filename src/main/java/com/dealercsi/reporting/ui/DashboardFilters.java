package com.dealercsi.reporting.ui;

import com.dealercsi.admin.StoreRef;
import com.dealercsi.reporting.DashboardFilter;
import com.dealercsi.reporting.Granularity;
import com.dealercsi.reporting.internal.DashboardPeriods;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Period, stores, granularity and comment text the dashboard and its exports are for; the comment field sits
 * in the comments panel, but it filters like the others.
 */
class DashboardFilters extends Div {

    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final MultiSelectComboBox<StoreRef> stores = new MultiSelectComboBox<>();
    private final Select<Granularity> granularity = new Select<>();
    private final TextField commentFilter = new TextField();
    private final List<StoreRef> visible;
    private final Clock clock;
    /** Set while several fields change at once, so the dashboard is computed once, not per field. */
    private boolean settingFilter;

    DashboardFilters(List<StoreRef> visible, Clock clock) {
        this.visible = visible;
        this.clock = clock;
        var defaults = DashboardPeriods.defaultFilter(DashboardPeriods.today(visible, clock));
        from.setLabel(getTranslation("dashboard.from"));
        from.setValue(defaults.from());
        to.setLabel(getTranslation("dashboard.to"));
        to.setValue(defaults.to());
        stores.setLabel(getTranslation("dashboard.stores"));
        stores.setPlaceholder(getTranslation("dashboard.stores.all"));
        stores.setItems(visible);
        stores.setItemLabelGenerator(StoreRef::name);
        stores.setVisible(visible.size() > 1);
        granularity.setLabel(getTranslation("dashboard.granularity"));
        granularity.setItems(Granularity.values());
        granularity.setItemLabelGenerator(g -> getTranslation("dashboard.granularity." + g.name()));
        granularity.setValue(Granularity.WEEK);
        commentFilter.setLabel(getTranslation("dashboard.comments.filter"));
        commentFilter.setClearButtonVisible(true);
        commentFilter.setValueChangeMode(ValueChangeMode.LAZY);
        addClassName("dashboard-filters");
        add(from, to, stores, granularity);
    }

    void onChange(Runnable listener) {
        Runnable unlessSetting = () -> {
            if (!settingFilter) {
                listener.run();
            }
        };
        from.addValueChangeListener(e -> unlessSetting.run());
        to.addValueChangeListener(e -> unlessSetting.run());
        stores.addValueChangeListener(e -> unlessSetting.run());
        granularity.addValueChangeListener(e -> unlessSetting.run());
        commentFilter.addValueChangeListener(e -> unlessSetting.run());
    }

    /** Null while the period is incomplete or ends before it starts. */
    @Nullable
    DashboardFilter filter() {
        if (from.getValue() == null || to.getValue() == null || to.getValue().isBefore(from.getValue())) {
            return null;
        }
        return new DashboardFilter(
                from.getValue(),
                to.getValue(),
                stores.getValue().stream().map(StoreRef::id).collect(Collectors.toSet()),
                granularity.getValue(),
                commentFilter.getValue());
    }

    void showPeriodValid(boolean valid) {
        to.setInvalid(!valid);
        if (!valid) {
            to.setErrorMessage(getTranslation("dashboard.period.invalid"));
        }
    }

    TextField commentFilter() {
        return commentFilter;
    }

    /** The monthly report's filter: one calendar month by week, for the wanted stores among those visible. */
    void showMonth(YearMonth month, List<String> wantedStoreIds) {
        settingFilter = true;
        from.setValue(month.atDay(1));
        to.setValue(month.atEndOfMonth());
        granularity.setValue(Granularity.WEEK);
        stores.setValue(visible.stream()
                .filter(store -> wantedStoreIds.contains(store.id().toString()))
                .collect(Collectors.toSet()));
        settingFilter = false;
    }

    /** The month a monthly report of the current choice covers. */
    YearMonth reportMonth() {
        return DashboardPeriods.reportMonth(from.getValue(), to.getValue(), DashboardPeriods.today(visible, clock));
    }

    List<String> chosenStoreIds() {
        return stores.getValue().stream().map(store -> store.id().toString()).toList();
    }

    String chosenStoreNames() {
        return stores.getValue().isEmpty()
                ? getTranslation("dashboard.stores.all")
                : stores.getValue().stream().map(StoreRef::name).sorted().collect(Collectors.joining(", "));
    }
}
