package com.dealercsi.shared.events;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Watches the outbox (Spring Modulith's event publication registry): the {@code csi.outbox.*} gauges, and the
 * {@code outbox} health indicator, the watchdog that says DOWN when work waits and nothing gets done. Both read
 * one snapshot, cached for a few seconds, so a Prometheus scrape and health checks cost two indexed queries at
 * most every few seconds, however often they come.
 */
@Component("outbox")
@EnableConfigurationProperties(OutboxMonitor.WatchdogProperties.class)
class OutboxMonitor implements MeterBinder, HealthIndicator {

    private static final Logger log = LoggerFactory.getLogger(OutboxMonitor.class);
    private static final long CACHE_NANOS = Duration.ofSeconds(5).toNanos();

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final WatchdogProperties properties;
    private @Nullable OutboxSnapshot cached;
    private long cachedAtNanos;

    OutboxMonitor(JdbcTemplate jdbc, Clock clock, WatchdogProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder(
                        "csi.outbox.publications.incomplete",
                        this,
                        monitor -> monitor.snapshotOrEmpty().incomplete())
                .description("Outbox publications whose listener has not completed yet")
                .register(registry);
        Gauge.builder(
                        "csi.outbox.publications.failed",
                        this,
                        monitor -> monitor.snapshotOrEmpty().failed())
                .description("Outbox publications whose last attempt failed; the retry loop hands them out again")
                .register(registry);
        Gauge.builder(
                        "csi.outbox.oldest.incomplete.age",
                        this,
                        monitor -> monitor.snapshotOrEmpty()
                                        .oldestIncompleteAge(monitor.clock.instant())
                                        .toMillis()
                                / 1000.0)
                .description("Age of the oldest incomplete outbox publication; 0 when nothing waits")
                .baseUnit("seconds")
                .register(registry);
    }

    @Override
    public Health health() {
        var snapshot = snapshot();
        var now = clock.instant();
        var health = snapshot.stalled(now, properties.stallAfter()) ? Health.down() : Health.up();
        health.withDetail("incomplete", snapshot.incomplete())
                .withDetail("failed", snapshot.failed())
                .withDetail(
                        "oldestIncompleteAge", snapshot.oldestIncompleteAge(now).toString())
                .withDetail("stallAfter", properties.stallAfter().toString());
        if (snapshot.lastCompleted() != null) {
            health.withDetail("lastCompleted", snapshot.lastCompleted().toString());
        }
        return health.build();
    }

    /** Gauges must not throw: a database that does not answer shows in the db health check, not here. */
    private OutboxSnapshot snapshotOrEmpty() {
        try {
            return snapshot();
        } catch (DataAccessException e) {
            log.debug("Could not read the outbox for its metrics: {}", e.getMessage());
            return OutboxSnapshot.EMPTY;
        }
    }

    synchronized OutboxSnapshot snapshot() {
        long nanos = System.nanoTime();
        if (cached == null || nanos - cachedAtNanos > CACHE_NANOS) {
            cached = read();
            cachedAtNanos = nanos;
        }
        return cached;
    }

    private OutboxSnapshot read() {
        // both use the (completion_date, publication_date) index of V1__event_publication
        var waiting = jdbc.queryForObject(
                """
                select count(*), coalesce(sum(case when status = 'FAILED' then 1 else 0 end), 0),
                       min(publication_date)
                from event_publication where completion_date is null""", (rs, row) -> new OutboxSnapshot(rs.getLong(1), rs.getLong(2), instant(rs, 3), null));
        var lastCompleted =
                jdbc.queryForObject("select max(completion_date) from event_publication", (rs, row) -> instant(rs, 1));
        return waiting == null
                ? OutboxSnapshot.EMPTY
                : new OutboxSnapshot(waiting.incomplete(), waiting.failed(), waiting.oldestIncomplete(), lastCompleted);
    }

    /** Hibernate writes the registry's instants as UTC wall-clock times (hibernate.jdbc.time_zone=UTC). */
    private static @Nullable Instant instant(ResultSet rs, int column) throws SQLException {
        var value = rs.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }

    /**
     * @param stallAfter how long work may wait with nothing completing before the watchdog says DOWN; longer
     *        than the retry interval and an SMTP server's usual hiccup
     */
    @ConfigurationProperties("csi.outbox")
    record WatchdogProperties(@DefaultValue("PT5M") Duration stallAfter) {}
}
