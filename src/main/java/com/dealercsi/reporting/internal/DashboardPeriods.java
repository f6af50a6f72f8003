package com.dealercsi.reporting.internal;

import com.dealercsi.admin.StoreRef;
import com.dealercsi.reporting.DashboardFilter;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Which days the dashboard shows before a manager chooses, and which month its monthly report covers: both
 * counted in the stores' own calendar, not the server's.
 */
public final class DashboardPeriods {

    /** A user who sees no store has no store calendar; the product's home market lends its own. */
    private static final ZoneId WITHOUT_STORES = ZoneId.of("Asia/Shanghai");

    private static final int DEFAULT_DAYS = 30;

    private DashboardPeriods() {}

    /** Today where the first store the user sees is. */
    public static LocalDate today(List<StoreRef> visibleStores, Clock clock) {
        var zone = visibleStores.isEmpty()
                ? WITHOUT_STORES
                : visibleStores.getFirst().timeZone();
        return clock.instant().atZone(zone).toLocalDate();
    }

    /** The last 30 days, today included. */
    public static DashboardFilter defaultFilter(LocalDate today) {
        return DashboardFilter.lastDays(today, DEFAULT_DAYS);
    }

    /** The month the chosen days lie in; when they span months (or are incomplete), the last month before today. */
    public static YearMonth reportMonth(@Nullable LocalDate from, @Nullable LocalDate to, LocalDate today) {
        if (from != null && to != null && YearMonth.from(from).equals(YearMonth.from(to))) {
            return YearMonth.from(from);
        }
        return YearMonth.from(today).minusMonths(1);
    }
}
