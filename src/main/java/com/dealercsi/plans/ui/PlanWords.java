package com.dealercsi.plans.ui;

import com.vaadin.flow.component.Component;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.regex.Pattern;

/** Dates and history details of plans in the viewer's words. */
final class PlanWords {

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private PlanWords() {}

    static String date(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(locale)
                .format(date);
    }

    /** A history line's detail: the dates it names (stored as ISO dates) in the viewer's format, the rest as typed. */
    static String detail(String detail, Locale locale) {
        return ISO_DATE.matcher(detail).replaceAll(match -> date(LocalDate.parse(match.group()), locale));
    }

    static String text(Component component, String key, Object... arguments) {
        return component.getTranslation(key, arguments);
    }
}
