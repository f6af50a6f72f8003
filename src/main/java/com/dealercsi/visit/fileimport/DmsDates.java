package com.dealercsi.visit.fileimport;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Delivery times as DMS exports write them: {@code 2026-11-20 14:05}, {@code 2026/11/20 14:05:30},
 * {@code 2026/1/5 9:05}, {@code 2026.11.20}, {@code 2026年11月20日 14:05}, {@code 20261120 140500}, ISO 8601
 * with or without offset, and Excel's day numbers ({@code 46346.5}). A time without offset is the store's
 * local time; a date alone means the start of that day.
 */
public final class DmsDates {

    private static final DateTimeFormatter LOCAL = new DateTimeFormatterBuilder()
            .appendValue(ChronoField.YEAR, 4)
            .optionalStart()
            .appendLiteral('-')
            .optionalEnd()
            .optionalStart()
            .appendLiteral('/')
            .optionalEnd()
            .optionalStart()
            .appendLiteral('.')
            .optionalEnd()
            .optionalStart()
            .appendLiteral('年')
            .optionalEnd()
            .appendValue(ChronoField.MONTH_OF_YEAR, 1, 2, java.time.format.SignStyle.NOT_NEGATIVE)
            .optionalStart()
            .appendLiteral('-')
            .optionalEnd()
            .optionalStart()
            .appendLiteral('/')
            .optionalEnd()
            .optionalStart()
            .appendLiteral('.')
            .optionalEnd()
            .optionalStart()
            .appendLiteral('月')
            .optionalEnd()
            .appendValue(ChronoField.DAY_OF_MONTH, 1, 2, java.time.format.SignStyle.NOT_NEGATIVE)
            .optionalStart()
            .appendLiteral('日')
            .optionalEnd()
            .optionalStart()
            .optionalStart()
            .appendLiteral(' ')
            .optionalEnd()
            .optionalStart()
            .appendLiteral('T')
            .optionalEnd()
            .appendValue(ChronoField.HOUR_OF_DAY, 1, 2, java.time.format.SignStyle.NOT_NEGATIVE)
            .optionalStart()
            .appendLiteral(':')
            .optionalEnd()
            .optionalStart()
            .appendLiteral('时')
            .optionalEnd()
            .optionalStart()
            .appendLiteral('点')
            .optionalEnd()
            .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
            .optionalStart()
            .appendLiteral('分')
            .optionalEnd()
            .optionalStart()
            .optionalStart()
            .appendLiteral(':')
            .optionalEnd()
            .appendValue(ChronoField.SECOND_OF_MINUTE, 2)
            .optionalStart()
            .appendLiteral('秒')
            .optionalEnd()
            .optionalStart()
            .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
            .optionalEnd()
            .optionalEnd()
            .optionalEnd()
            .toFormatter()
            .withResolverStyle(ResolverStyle.STRICT)
            .withChronology(java.time.chrono.IsoChronology.INSTANCE);

    /** Excel day numbers between 1990 and 2100: a date cell exported as its raw number. */
    private static final Pattern EXCEL_DAY = Pattern.compile("^(3[3-9]|[4-6]\\d|7[0-3])\\d{3}(\\.\\d+)?$");

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** Year last ({@code 20/11/2026 17:00}, {@code 11/20/2026}): read only when the day cannot be the month. */
    private static final Pattern YEAR_LAST =
            Pattern.compile("^(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})(?:[ T](\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?$");

    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    private DmsDates() {}

    public static Optional<OffsetDateTime> parse(String raw, ZoneId zone) {
        var text = WHITESPACE.matcher(raw.strip()).replaceAll(" ");
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (EXCEL_DAY.matcher(text).matches()) {
            return Optional.of(excelDay(new BigDecimal(text)).atZone(zone).toOffsetDateTime());
        }
        try {
            return Optional.of(OffsetDateTime.parse(text.replace(' ', 'T')));
        } catch (DateTimeParseException notWithOffset) {
            // most DMS exports: local time without offset
        }
        var yearLast = YEAR_LAST.matcher(text);
        if (yearLast.matches()) {
            return yearLast(yearLast).map(local -> local.atZone(zone).toOffsetDateTime());
        }
        try {
            var parsed = LOCAL.parse(text.replace("日 ", "日").replace("年 ", "年").replace("月 ", "月"));
            var date = LocalDate.from(parsed);
            var time = parsed.isSupported(ChronoField.HOUR_OF_DAY) ? LocalTime.from(parsed) : LocalTime.MIDNIGHT;
            return Optional.of(date.atTime(time).atZone(zone).toOffsetDateTime());
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    /** 20/11/2026 is the 20th of November and 11/20/2026 too; 05/11/2026 could be either, so it is not read. */
    private static Optional<LocalDateTime> yearLast(java.util.regex.Matcher match) {
        int first = Integer.parseInt(match.group(1));
        int second = Integer.parseInt(match.group(2));
        int day;
        int month;
        if (first > 12 && second <= 12) {
            day = first;
            month = second;
        } else if (second > 12 && first <= 12) {
            day = second;
            month = first;
        } else {
            return Optional.empty();
        }
        try {
            var date = LocalDate.of(Integer.parseInt(match.group(3)), month, day);
            var time = match.group(4) == null
                    ? LocalTime.MIDNIGHT
                    : LocalTime.of(
                            Integer.parseInt(match.group(4)),
                            Integer.parseInt(match.group(5)),
                            match.group(6) == null ? 0 : Integer.parseInt(match.group(6)));
            return Optional.of(date.atTime(time));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    private static LocalDateTime excelDay(BigDecimal day) {
        var days = day.longValue();
        var seconds = day.subtract(BigDecimal.valueOf(days))
                .multiply(BigDecimal.valueOf(86_400))
                .setScale(0, java.math.RoundingMode.HALF_UP)
                .longValue();
        return EXCEL_EPOCH.plusDays(days).atStartOfDay().plusSeconds(seconds);
    }
}
