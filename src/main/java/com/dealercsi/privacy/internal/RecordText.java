package com.dealercsi.privacy.internal;

import com.dealercsi.shared.ui.Formats;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;

/**
 * A record's labels and values in one language, for the owner search and the access file. Finders store times
 * as ISO-8601 instants and codes as message keys ({@code shared.privacy.RecordFields}); those are turned into
 * the store's local time and into words. Anything else is shown exactly as stored, as plain text.
 */
public final class RecordText {

    private static final Pattern KEY = Pattern.compile("[a-z][A-Za-z]*(\\.[A-Za-z0-9_-]+)+");
    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?Z");
    private static final String JOINER = " · ";

    private final MessageSource messages;
    private final Locale locale;

    public RecordText(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /** The words of a message key; the key itself when the bundles lack it, so a gap shows in tests. */
    public String words(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, locale);
    }

    public String value(String stored, ZoneId zone) {
        if (INSTANT.matcher(stored).matches()) {
            try {
                return Formats.dateTime(Instant.parse(stored), zone, locale);
            } catch (DateTimeParseException notATime) {
                return stored;
            }
        }
        if (stored.contains(JOINER)) {
            return Arrays.stream(stored.split(Pattern.quote(JOINER)))
                    .map(this::wordsIfKey)
                    .collect(Collectors.joining(JOINER));
        }
        return wordsIfKey(stored);
    }

    /** Owner-written text that happens to look like a key stays as written unless the bundles know it. */
    private String wordsIfKey(String value) {
        return KEY.matcher(value).matches() ? messages.getMessage(value, null, value, locale) : value;
    }
}
