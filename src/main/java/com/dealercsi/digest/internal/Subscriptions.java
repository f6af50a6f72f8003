package com.dealercsi.digest.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Each member of staff's own choice; no row means the digest is on. */
@Component
public class Subscriptions {

    private final JdbcTemplate jdbc;

    Subscriptions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public boolean subscribed(UUID staffId) {
        var choices = jdbc.queryForList(
                "select subscribed from digest_subscription where staff_id = ?", Boolean.class, staffId);
        return choices.isEmpty() || Boolean.TRUE.equals(choices.getFirst());
    }

    public void choose(UUID staffId, boolean subscribed, Instant now) {
        jdbc.update(
                "insert into digest_subscription (staff_id, subscribed, changed_at) values (?, ?, ?)"
                        + " on duplicate key update subscribed = values(subscribed), changed_at = values(changed_at)",
                staffId,
                subscribed,
                Timestamp.from(now));
    }

    Set<UUID> unsubscribed() {
        return new HashSet<>(
                jdbc.queryForList("select staff_id from digest_subscription where subscribed = false", UUID.class));
    }
}
