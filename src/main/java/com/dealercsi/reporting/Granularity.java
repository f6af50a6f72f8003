package com.dealercsi.reporting;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** How a trend is bucketed: by ISO week (starting Monday) or by calendar month. */
public enum Granularity {
    WEEK,
    MONTH;

    public LocalDate bucketStart(LocalDate day) {
        return this == WEEK ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : day.withDayOfMonth(1);
    }
}
