package com.dealercsi.plans;

import com.dealercsi.shared.Factor;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A plan's subject factor before and since the plan: the factor's score (1000 points, the dashboard's formula)
 * over the days since the plan was opened, up to its completion or today, against the same number of days just
 * before. Days are calendar days in the store's time zone, both ends included (ADR 0060).
 */
public record BeforeAfter(Factor factor, Period before, Period after) {

    /** Days from {@code from} to {@code to}, both included, with the factor's score and how many answers made it. */
    public record Period(
            LocalDate from, LocalDate to, @Nullable Double score, long answers) {

        public long days() {
            return to.toEpochDay() - from.toEpochDay() + 1;
        }

        Period with(@Nullable Double score, long answers) {
            return new Period(from, to, score, answers);
        }
    }

    /**
     * The two periods to compare, still without figures: "after" runs from the day the plan was opened to the
     * day it ended (today while it runs), at least one day; "before" is as many days just before it.
     */
    public static BeforeAfter periods(Factor factor, LocalDate opened, LocalDate endedOrToday) {
        var end = endedOrToday.isBefore(opened) ? opened : endedOrToday;
        long days = end.toEpochDay() - opened.toEpochDay() + 1;
        return new BeforeAfter(
                factor,
                new Period(opened.minusDays(days), opened.minusDays(1), null, 0),
                new Period(opened, end, null, 0));
    }

    public BeforeAfter withFigures(
            @Nullable Double beforeScore, long beforeAnswers, @Nullable Double afterScore, long afterAnswers) {
        return new BeforeAfter(factor, before.with(beforeScore, beforeAnswers), after.with(afterScore, afterAnswers));
    }

    /** After minus before, in points; null when either side has no answers. */
    public @Nullable Double change() {
        var b = before.score();
        var a = after.score();
        return a == null || b == null ? null : a - b;
    }
}
