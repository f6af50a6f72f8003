package com.dealercsi.invitation.internal;

import com.dealercsi.invitation.InvitationState;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code csi.invitations}, tagged by {@code state}: every state is a series from the start, so a rising SCHEDULED
 * or QUEUED count (mail not going out) or UNDELIVERABLE count (bad addresses from the DMS) can be alerted on. One
 * grouped count over the (state, due_at) index, cached for a few seconds for all series and scrapes together.
 */
@Component
class InvitationMetrics implements MeterBinder {

    private static final Logger log = LoggerFactory.getLogger(InvitationMetrics.class);
    private static final long CACHE_NANOS = Duration.ofSeconds(10).toNanos();

    private final JdbcTemplate jdbc;
    private Map<InvitationState, Long> counts = Map.of();
    private long countedAtNanos;
    private boolean counted;
    private boolean failed;

    InvitationMetrics(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (var state : InvitationState.values()) {
            Gauge.builder("csi.invitations", this, metrics -> metrics.count(state))
                    .description("Invitations by state")
                    .tag("state", state.name())
                    .register(registry);
        }
    }

    private synchronized double count(InvitationState state) {
        long nanos = System.nanoTime();
        if (!counted || nanos - countedAtNanos > CACHE_NANOS) {
            // also after a failure: a database that does not answer is asked again in a while, not per series
            counted = true;
            countedAtNanos = nanos;
            try {
                var fresh = new EnumMap<InvitationState, Long>(InvitationState.class);
                jdbc.query("select state, count(*) from invitation group by state", (java.sql.ResultSet rs) -> {
                    fresh.put(InvitationState.valueOf(rs.getString(1)), rs.getLong(2));
                });
                counts = fresh;
                failed = false;
            } catch (DataAccessException | IllegalArgumentException e) {
                log.debug("Could not count invitations for the metrics: {}", e.getMessage());
                failed = true;
            }
        }
        return failed ? Double.NaN : counts.getOrDefault(state, 0L);
    }
}
