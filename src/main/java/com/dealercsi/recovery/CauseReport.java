package com.dealercsi.recovery;

import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Closed cases by root cause, and by cause per month, store and advisor; with each cause's lost points and share
 * (ADR 0058). A case with two causes counts once under each.
 *
 * @param cases closed cases of the period that have at least one cause
 * @param lostPoints all lost points of those cases
 */
public record CauseReport(
        long cases,
        double lostPoints,
        List<CauseLine> causes,
        List<GroupCount> byMonth,
        List<GroupCount> byStore,
        List<GroupCount> byAdvisor) {

    public static final CauseReport EMPTY = new CauseReport(0, 0, List.of(), List.of(), List.of(), List.of());

    /** A cause's cases and lost points; {@code share} 0–1, null when nothing was lost. */
    public record CauseLine(
            Cause cause,
            long cases,
            double lostPoints,
            @Nullable Double share) {}

    /**
     * Cases of a cause within one group: a month ({@code 2026-11}), a store's name or an advisor's name.
     *
     * @param month the month, for the monthly grouping only
     */
    public record GroupCount(String group, @Nullable YearMonth month, Cause cause, long cases) {}
}
