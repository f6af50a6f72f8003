package com.dealercsi.reporting;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What a dashboard or an export shows: calendar days {@code from}–{@code to} (both included, in each store's
 * time zone) and the chosen stores; no stores chosen means all the user may see.
 *
 * @param commentContains only comments containing this text, ignoring case; null or blank for all
 */
public record DashboardFilter(
        LocalDate from,
        LocalDate to,
        Set<UUID> storeIds,
        Granularity granularity,
        @Nullable String commentContains) {

    public DashboardFilter {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The period ends before it starts");
        }
        storeIds = Set.copyOf(storeIds);
    }

    public static DashboardFilter lastDays(LocalDate today, int days) {
        return new DashboardFilter(today.minusDays(days - 1L), today, Set.of(), Granularity.WEEK, null);
    }

    public long days() {
        return to.toEpochDay() - from.toEpochDay() + 1;
    }

    /** The period of the same length just before this one, for comparison. */
    public DashboardFilter previous() {
        return new DashboardFilter(from.minusDays(days()), from.minusDays(1), storeIds, granularity, commentContains);
    }
}
