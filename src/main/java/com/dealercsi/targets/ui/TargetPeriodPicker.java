package com.dealercsi.targets.ui;

import com.dealercsi.admin.StoreRef;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/** Whose targets (a store, or the group's default) and for which year or month. */
class TargetPeriodPicker extends Div {

    /** A choice of the store picker; {@code storeId} null is the group's default. */
    record Scope(@Nullable UUID storeId, String name) {}

    /** Month 0 stands for the whole year in the picker only. */
    static final int WHOLE_YEAR = 0;

    private final Select<Scope> scope = new Select<>();
    private final Select<Integer> year = new Select<>();
    private final Select<Integer> month = new Select<>();

    TargetPeriodPicker(List<StoreRef> stores, boolean groupDefault, int thisYear) {
        addClassName("target-period");
        var scopes = new ArrayList<Scope>();
        if (groupDefault) {
            scopes.add(new Scope(null, getTranslation("targets.scope.group")));
        }
        stores.forEach(store -> scopes.add(new Scope(store.id(), store.name())));
        scope.setLabel(getTranslation("targets.scope"));
        scope.setId("target-scope");
        scope.setItems(scopes);
        scope.setItemLabelGenerator(Scope::name);
        year.setLabel(getTranslation("targets.year"));
        year.setId("target-year");
        year.setItems(IntStream.rangeClosed(thisYear - 1, thisYear + 1).boxed().toList());
        year.setItemLabelGenerator(String::valueOf);
        month.setLabel(getTranslation("targets.period"));
        month.setId("target-month");
        month.setItems(IntStream.rangeClosed(WHOLE_YEAR, 12).boxed().toList());
        month.setItemLabelGenerator(m -> m == WHOLE_YEAR
                ? getTranslation("targets.period.year")
                : Month.of(m).getDisplayName(TextStyle.FULL_STANDALONE, getLocale()));
        if (!scopes.isEmpty()) {
            scope.setValue(scopes.getFirst());
        }
        year.setValue(thisYear);
        month.setValue(WHOLE_YEAR);
        scope.setVisible(scopes.size() > 1);
        add(scope, year, month);
    }

    void onChange(Runnable listener) {
        scope.addValueChangeListener(change -> listener.run());
        year.addValueChangeListener(change -> listener.run());
        month.addValueChangeListener(change -> listener.run());
    }

    @Nullable
    Scope scope() {
        return scope.getValue();
    }

    int year() {
        return year.getValue();
    }

    /** Null for the whole year. */
    @Nullable
    Integer month() {
        var value = month.getValue();
        return value == null || value == WHOLE_YEAR ? null : value;
    }
}
