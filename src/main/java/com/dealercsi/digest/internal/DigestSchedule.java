package com.dealercsi.digest.internal;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/**
 * The digest's calendar in one time zone: it goes out on Monday at {@code sendAt} for the week Monday 00:00 –
 * Monday 00:00 just ended, both read on the zone's own clock, so a week that crosses a change to summer time is
 * 167 hours long and the mail still leaves at 08:00 on the wall clock.
 */
public record DigestSchedule(LocalTime sendAt, Duration catchUp) {

    /**
     * The Monday starting the week whose digest is due at {@code now}: the week before the latest Monday
     * {@code sendAt} that has passed, as long as that moment is less than {@code catchUp} ago.
     */
    public Optional<LocalDate> dueWeek(Instant now, ZoneId zone) {
        var issue = now.atZone(zone).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        if (now.isBefore(sendMoment(issue, zone))) {
            issue = issue.minusWeeks(1);
        }
        var due = sendMoment(issue, zone);
        return now.isBefore(due.plus(catchUp)) ? Optional.of(issue.minusWeeks(1)) : Optional.empty();
    }

    /** The next moment after {@code now} a digest goes out in this zone. */
    public Instant next(Instant now, ZoneId zone) {
        var monday = now.atZone(zone).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        var moment = sendMoment(monday, zone);
        return now.isBefore(moment) ? moment : sendMoment(monday.plusWeeks(1), zone);
    }

    /** When the digest issued on {@code issueMonday} goes out: that day at {@code sendAt}, on the zone's clock. */
    public Instant sendMoment(LocalDate issueMonday, ZoneId zone) {
        return issueMonday.atTime(sendAt).atZone(zone).toInstant();
    }

    public static Instant weekStart(LocalDate weekMonday, ZoneId zone) {
        return weekMonday.atStartOfDay(zone).toInstant();
    }

    public static Instant weekEnd(LocalDate weekMonday, ZoneId zone) {
        return weekMonday.plusWeeks(1).atStartOfDay(zone).toInstant();
    }
}
