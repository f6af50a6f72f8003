package com.dealercsi.recovery.internal;

import com.dealercsi.shared.privacy.ExpiringRecords;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The logs that keep an escalation mail or a "follow-up answered no" mail from going twice: deleted by the retention
 * job once older than the retention period (ADR 0050). They name staff addresses, never the owner.
 */
@Component
class RecoveryRetention implements ExpiringRecords {

    private final JdbcTemplate jdbc;

    RecoveryRetention(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, Integer> deleteExpired(Instant cutoff) {
        var before = Timestamp.from(cutoff); // written as StaffMailer writes them
        var rows = new LinkedHashMap<String, Integer>();
        rows.put(
                "recovery_escalation_mail_sent",
                jdbc.update("delete from recovery_escalation_mail_sent where sent_at < ?", before));
        rows.put(
                "recovery_follow_up_unhappy_mail_sent",
                jdbc.update("delete from recovery_follow_up_unhappy_mail_sent where sent_at < ?", before));
        return rows;
    }
}
