package com.dealercsi.shared.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** How times and scores read on screen. */
public final class Formats {

    private Formats() {}

    public static String dateTime(Instant instant, ZoneId zone, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(zone)
                .format(instant);
    }

    /** A number as a phone dials it: DMSs and stores write spaces, dashes and brackets that a tel: link must not carry. */
    public static String telLink(String phone) {
        return "tel:" + phone.replaceAll("[^0-9+]", "");
    }

    /** Scores show as whole points of the 1000-point scale. */
    public static String score(@Nullable Double score) {
        return score == null ? "–" : String.valueOf(Math.round(score));
    }
}
