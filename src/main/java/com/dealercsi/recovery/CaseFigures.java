package com.dealercsi.recovery;

import org.jspecify.annotations.Nullable;

/**
 * Case counts of a period [from, to), for dashboards. {@code open} and {@code overdue} are a snapshot at the
 * period's end (or now, if the period has not ended yet): cases opened before then and not yet closed then,
 * and those of them past a due time then, by the same rule as the case list's red marking.
 *
 * @param opened cases opened in the period
 * @param closed cases closed in the period
 * @param closedInTime of those, closed no later than their close-by time
 */
public record CaseFigures(long opened, long open, long overdue, long closed, long closedInTime) {

    public static final CaseFigures NONE = new CaseFigures(0, 0, 0, 0, 0);

    /** Share of the period's closed cases closed within their due time, 0–100; null when none was closed. */
    public @Nullable Double closedInTimeRate() {
        return closed == 0 ? null : 100.0 * closedInTime / closed;
    }

    public CaseFigures plus(CaseFigures other) {
        return new CaseFigures(
                opened + other.opened,
                open + other.open,
                overdue + other.overdue,
                closed + other.closed,
                closedInTime + other.closedInTime);
    }
}
