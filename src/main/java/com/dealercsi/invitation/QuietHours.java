package com.dealercsi.invitation;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * The hours of the night when owners get no mail, in the store's local time. The window may wrap midnight
 * (21:00–08:00); {@code start == end} means no quiet hours at all.
 */
public record QuietHours(LocalTime start, LocalTime end) {

    public static final QuietHours NONE = new QuietHours(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);

    public boolean contains(Instant instant, ZoneId zone) {
        if (start.equals(end)) {
            return false;
        }
        var local = instant.atZone(zone).toLocalTime();
        return start.isBefore(end)
                ? !local.isBefore(start) && local.isBefore(end)
                : !local.isBefore(start) || local.isBefore(end);
    }

    /** The instant itself when mail may go out then, otherwise the end of the quiet hours it falls in. */
    public Instant nextAllowed(Instant instant, ZoneId zone) {
        if (!contains(instant, zone)) {
            return instant;
        }
        var local = instant.atZone(zone);
        var endToday = local.toLocalDate().atTime(end).atZone(zone);
        // inside a wrapping window before midnight, the quiet hours end tomorrow morning
        var end = endToday.isAfter(local) ? endToday : endToday.plusDays(1);
        return end.toInstant();
    }
}
