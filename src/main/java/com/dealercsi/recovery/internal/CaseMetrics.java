package com.dealercsi.recovery.internal;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code csi.cases.open} and {@code csi.cases.overdue}, across all stores: the recovery desk's backlog, for the
 * operator rather than the managers (their dashboard shows it per store). Overdue is the rule of
 * {@link RecoveryCase#isOverdue}. One query, cached for a few seconds.
 */
@Component
class CaseMetrics implements MeterBinder {

    private static final Logger log = LoggerFactory.getLogger(CaseMetrics.class);
    private static final long CACHE_NANOS = Duration.ofSeconds(10).toNanos();

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private long[] counts = {0, 0};
    private long countedAtNanos;
    private boolean counted;
    private boolean failed;

    CaseMetrics(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("csi.cases.open", this, metrics -> metrics.count(0))
                .description("Recovery cases not closed yet")
                .register(registry);
        Gauge.builder("csi.cases.overdue", this, metrics -> metrics.count(1))
                .description("Open recovery cases past a due time (acknowledge, first contact or close)")
                .register(registry);
    }

    private synchronized double count(int which) {
        long nanos = System.nanoTime();
        if (!counted || nanos - countedAtNanos > CACHE_NANOS) {
            counted = true;
            countedAtNanos = nanos;
            // the entities' instants are stored as UTC wall-clock times (hibernate.jdbc.time_zone=UTC)
            var now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
            try {
                counts =
                        jdbc.queryForObject("""
                        select count(*),
                               coalesce(sum(case when (status = 'OPEN' and acknowledge_due < ?)
                                                   or (first_contact_at is null and first_contact_due < ?)
                                                   or close_due < ? then 1 else 0 end), 0)
                        from recovery_case where status not in ('CLOSED', 'CLOSED_UNREACHABLE')""", (rs, row) -> new long[] {rs.getLong(1), rs.getLong(2)}, now, now, now);
                failed = false;
            } catch (DataAccessException e) {
                log.debug("Could not count recovery cases for the metrics: {}", e.getMessage());
                failed = true;
            }
        }
        return failed ? Double.NaN : counts[which];
    }
}
