package com.dealercsi.recovery.ui;

import com.dealercsi.admin.StoreRef;
import com.dealercsi.recovery.CauseReportFilter;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The report's period (from and to month, the last two years) and store; a reversed period is said at the field. */
class CauseReportFilters extends Div {

    private static final int MONTHS_OFFERED = 24;

    private final Select<YearMonth> from = new Select<>();
    private final Select<YearMonth> to = new Select<>();
    private final Select<StoreRef> store = new Select<>();

    CauseReportFilters(List<StoreRef> stores, Clock clock) {
        addClassName("cause-report-filters");
        var zone = stores.isEmpty()
                ? ZoneId.of("Asia/Shanghai")
                : stores.getFirst().timeZone();
        var now = YearMonth.from(clock.instant().atZone(zone));
        var months = new ArrayList<YearMonth>();
        for (int back = 0; back < MONTHS_OFFERED; back++) {
            months.add(now.minusMonths(back));
        }
        from.setLabel(getTranslation("causes.report.from"));
        to.setLabel(getTranslation("causes.report.to"));
        for (var month : List.of(from, to)) {
            month.setItems(months);
            month.setItemLabelGenerator(YearMonth::toString);
        }
        from.setValue(now.minusMonths(2));
        to.setValue(now);
        from.setId("cause-report-from");
        to.setId("cause-report-to");
        store.setLabel(getTranslation("causes.report.store"));
        store.setItems(stores);
        // the empty choice, "all my stores", reaches the generator as null
        store.setItemLabelGenerator(
                chosen -> chosen == null ? getTranslation("causes.report.allStores") : chosen.name());
        store.setEmptySelectionCaption(getTranslation("causes.report.allStores"));
        store.setEmptySelectionAllowed(true);
        store.setId("cause-report-store");
        add(from, to, store);
    }

    void onChange(Runnable change) {
        from.addValueChangeListener(e -> change.run());
        to.addValueChangeListener(e -> change.run());
        store.addValueChangeListener(e -> change.run());
    }

    /** The chosen filter, or null when the period is reversed (and the field says so). */
    @Nullable
    CauseReportFilter filter() {
        boolean reversed = to.getValue().isBefore(from.getValue());
        to.setErrorMessage(getTranslation("causes.report.badPeriod"));
        to.setInvalid(reversed);
        if (reversed) {
            return null;
        }
        var chosen = store.getValue();
        return new CauseReportFilter(from.getValue(), to.getValue(), chosen == null ? null : chosen.id());
    }
}
