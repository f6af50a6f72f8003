package com.dealercsi.alerting.internal;

import com.dealercsi.shared.Factor;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The small tables that make alerting exactly-once where it matters: which responses were evaluated, the
 * store's running factor averages, and which webhooks were posted (which alert mails went to whom is the
 * {@link com.dealercsi.shared.mail.StaffMailer}'s). Callers run inside their listener's
 * transaction, so a failure rolls these rows back together with the rest.
 */
@Component
class AlertBookkeeping {

    private final JdbcTemplate jdbc;

    AlertBookkeeping(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    boolean evaluated(UUID responseId) {
        return count("select count(*) from alert_evaluation where response_id = ?", responseId) > 0;
    }

    /** The primary key makes a second, simultaneous evaluation of one response fail, so it is retried and skipped. */
    void markEvaluated(UUID responseId, UUID storeId, Instant now) {
        jdbc.update(
                "insert into alert_evaluation (response_id, store_id, evaluated_at) values (?, ?, ?)",
                responseId,
                storeId,
                Timestamp.from(now));
    }

    Map<Factor, Double> storeAverages(UUID storeId) {
        var averages = new EnumMap<Factor, Double>(Factor.class);
        jdbc.query(
                "select factor, score_sum, answers from alert_store_factor_stats where store_id = ?",
                row -> {
                    if (row.getInt("answers") > 0) {
                        averages.put(
                                Factor.valueOf(row.getString("factor")),
                                row.getDouble("score_sum") / row.getInt("answers"));
                    }
                },
                storeId);
        return averages;
    }

    void addToAverages(UUID storeId, Map<Factor, Double> factorScores) {
        factorScores.forEach((factor, score) -> jdbc.update("""
                insert into alert_store_factor_stats (store_id, factor, score_sum, answers) values (?, ?, ?, 1)
                on duplicate key update score_sum = score_sum + values(score_sum), answers = answers + 1""", storeId, factor.name(), score));
    }

    boolean posted(UUID alertId, String channelKey) {
        return count(
                        "select count(*) from alert_webhook_sent where alert_id = ? and channel_key = ?",
                        alertId,
                        channelKey)
                > 0;
    }

    void markPosted(UUID alertId, String channelKey, Instant now) {
        jdbc.update(
                "insert into alert_webhook_sent (alert_id, channel_key, sent_at) values (?, ?, ?)",
                alertId,
                channelKey,
                Timestamp.from(now));
    }

    private int count(String sql, Object... args) {
        Integer count = jdbc.queryForObject(sql, Integer.class, args);
        return count == null ? 0 : count;
    }
}
