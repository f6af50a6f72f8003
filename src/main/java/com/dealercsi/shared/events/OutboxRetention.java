package com.dealercsi.shared.events;

import com.dealercsi.shared.privacy.ExpiringRecords;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The outbox's part of the retention run (ADR 0050): a completed entry is of use only for looking into what
 * happened, for {@code csi.outbox.keep-completed} (the nightly clean-up of {@link IncompletePublicationsRetry}
 * deletes them too; here they are counted into the run); an entry still not done after the whole retention period
 * never will be (a mail to an owner two years late helps nobody), and its payload may name the owner.
 */
@Component
class OutboxRetention implements ExpiringRecords {

    private final JdbcTemplate jdbc;
    private final IncompletePublicationsRetry.OutboxProperties properties;
    private final Clock clock;

    OutboxRetention(JdbcTemplate jdbc, IncompletePublicationsRetry.OutboxProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public Map<String, Integer> deleteExpired(Instant cutoff) {
        var keptSince = clock.instant().minus(properties.keepCompleted());
        var completedBefore = keptSince.isAfter(cutoff) ? keptSince : cutoff;
        // the registry's instants are UTC wall-clock times (hibernate.jdbc.time_zone=UTC), see OutboxMonitor
        var rows = new LinkedHashMap<String, Integer>();
        rows.put(
                "event_publication",
                jdbc.update(
                                "delete from event_publication where completion_date is not null"
                                        + " and completion_date < ?",
                                utc(completedBefore))
                        + jdbc.update(
                                "delete from event_publication where completion_date is null and publication_date < ?",
                                utc(cutoff)));
        return rows;
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
