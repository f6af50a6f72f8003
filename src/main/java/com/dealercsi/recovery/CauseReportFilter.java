package com.dealercsi.recovery;

import java.time.YearMonth;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The months {@code from}–{@code to} (both included, each store's own calendar) in which cases were closed, and one
 * store or, with null, every store the reader may see.
 */
public record CauseReportFilter(
        YearMonth from, YearMonth to, @Nullable UUID storeId) {

    public CauseReportFilter {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The period ends before it starts");
        }
    }
}
