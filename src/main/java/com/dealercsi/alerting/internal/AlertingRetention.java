package com.dealercsi.alerting.internal;

import com.dealercsi.shared.privacy.ExpiringRecords;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The logs that keep an alert mail or webhook post from going twice are of no use once the outbox will not hand the
 * alert out again: the retention job deletes those older than the retention period (ADR 0050). They name staff
 * addresses and channels, never the owner.
 */
@Component
class AlertingRetention implements ExpiringRecords {

    private final JdbcTemplate jdbc;

    AlertingRetention(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, Integer> deleteExpired(Instant cutoff) {
        var before = Timestamp.from(cutoff); // written as StaffMailer and AlertBookkeeping write them
        var rows = new LinkedHashMap<String, Integer>();
        rows.put("alert_mail_sent", jdbc.update("delete from alert_mail_sent where sent_at < ?", before));
        rows.put("alert_webhook_sent", jdbc.update("delete from alert_webhook_sent where sent_at < ?", before));
        return rows;
    }
}
