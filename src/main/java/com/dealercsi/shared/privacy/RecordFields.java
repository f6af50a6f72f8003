package com.dealercsi.shared.privacy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The fields of a {@link PersonalRecord} as finders write them and the access file reads them back: text as
 * stored, times as ISO-8601 instants (shown in the store's zone), codes as message keys (shown in words), and
 * nothing for a value that is not there.
 */
public final class RecordFields {

    private final Map<String, String> fields = new LinkedHashMap<>();

    public RecordFields text(String key, @Nullable Object value) {
        if (value != null && !value.toString().isBlank()) {
            fields.put(key, value.toString());
        }
        return this;
    }

    public RecordFields time(String key, @Nullable Instant value) {
        return text(key, value);
    }

    /** A coded value shown in words: {@code prefix + code} must be a message key. */
    public RecordFields code(String key, String prefix, @Nullable Object code) {
        return code == null ? this : text(key, prefix + code);
    }

    public RecordFields yesNo(String key, @Nullable Boolean value) {
        return value == null ? this : text(key, value ? "privacy.value.yes" : "privacy.value.no");
    }

    public Map<String, String> toMap() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** A {@code datetime} column, which the app stores in UTC whatever the JVM's zone. */
    public static @Nullable Instant instant(ResultSet row, String column) throws SQLException {
        var value = row.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }
}
