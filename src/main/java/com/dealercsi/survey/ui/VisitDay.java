package com.dealercsi.survey.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * How an owner remembers the day of the visit: "today", "yesterday", "on Saturday" within the last week,
 * the date before that. Days are counted in the store's time zone.
 */
record VisitDay(String messageKey, String argument) {

    static VisitDay of(Instant deliveredAt, ZoneId storeZone, LocalDate today, Locale locale) {
        var day = deliveredAt.atZone(storeZone).toLocalDate();
        long daysAgo = ChronoUnit.DAYS.between(day, today);
        if (daysAgo <= 0) {
            return new VisitDay("survey.day.today", "");
        }
        if (daysAgo == 1) {
            return new VisitDay("survey.day.yesterday", "");
        }
        if (daysAgo < 7) {
            return new VisitDay("survey.day.weekday", day.getDayOfWeek().getDisplayName(TextStyle.FULL, locale));
        }
        return new VisitDay(
                "survey.day.date",
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                        .withLocale(locale)
                        .format(day));
    }
}
