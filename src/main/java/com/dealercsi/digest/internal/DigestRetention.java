package com.dealercsi.digest.internal;

import com.dealercsi.shared.privacy.ExpiringRecords;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The weekly claims and the digest's sent log keep a week from being mailed twice; a week past the retention
 * period is long out of the catch-up window, so the retention job deletes them (ADR 0050). They name staff and
 * their addresses, never an owner. The members' own choice (on or off) stays as long as their account.
 */
@Component
class DigestRetention implements ExpiringRecords {

    private final JdbcTemplate jdbc;

    DigestRetention(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, Integer> deleteExpired(Instant cutoff) {
        var before = Timestamp.from(cutoff);
        var rows = new LinkedHashMap<String, Integer>();
        rows.put("digest_mail_sent", jdbc.update("delete from digest_mail_sent where sent_at < ?", before));
        rows.put("digest_week", jdbc.update("delete from digest_week where claimed_at < ?", before));
        return rows;
    }
}
