package com.dealercsi.alerting.internal;

import com.dealercsi.admin.Stores;
import com.dealercsi.alerting.AlertLevel;
import com.dealercsi.scoring.Scores;
import com.dealercsi.shared.digest.DigestBlock;
import com.dealercsi.shared.digest.DigestLine;
import com.dealercsi.shared.digest.DigestReader;
import com.dealercsi.shared.digest.DigestSection;
import com.dealercsi.survey.Surveys;
import com.dealercsi.visit.Visits;
import java.sql.Timestamp;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The digest's second section: how many red alerts the reader's stores had in the week, and the latest few with
 * store, advisor and scores, each a link to its case. Nothing of the owner (name, mobile, e-mail, comment) goes
 * into the mail: the case behind the link shows what the reader's role may see (ADR 0052).
 */
@Component
class RedAlertsDigestSection implements DigestSection {

    static final int POSITION = 20;
    static final int LATEST = 5;

    private final NamedParameterJdbcTemplate jdbc;
    private final Stores stores;
    private final Surveys surveys;
    private final Scores scores;
    private final Visits visits;
    private final MessageSource messages;

    RedAlertsDigestSection(
            NamedParameterJdbcTemplate jdbc,
            Stores stores,
            Surveys surveys,
            Scores scores,
            Visits visits,
            MessageSource messages) {
        this.jdbc = jdbc;
        this.stores = stores;
        this.surveys = surveys;
        this.scores = scores;
        this.visits = visits;
        this.messages = messages;
    }

    @Override
    public int position() {
        return POSITION;
    }

    @Override
    public Optional<DigestBlock> forReader(DigestReader reader) {
        if (reader.storeIds().isEmpty()) {
            return Optional.empty();
        }
        var params = new MapSqlParameterSource()
                .addValue(
                        "stores", reader.storeIds().stream().map(UUID::toString).toList())
                .addValue("level", AlertLevel.RED.name())
                .addValue("from", Timestamp.from(reader.weekStart()))
                .addValue("to", Timestamp.from(reader.weekEnd()));
        var where = " from alert where store_id in (:stores) and alert_level = :level"
                + " and raised_at >= :from and raised_at < :to";
        Integer count = jdbc.queryForObject("select count(*)" + where, params, Integer.class);
        if (count == null || count == 0) {
            return Optional.empty();
        }
        params.addValue("limit", LATEST);
        var latest = jdbc.query(
                "select response_id, store_id, raised_at" + where + " order by raised_at desc limit :limit",
                params,
                (rs, i) -> new Raised(
                        UUID.fromString(rs.getString("response_id")),
                        UUID.fromString(rs.getString("store_id")),
                        rs.getTimestamp("raised_at").toInstant()));
        var lines = new ArrayList<DigestLine>();
        for (var alert : latest) {
            lines.add(line(reader, alert));
        }
        if (count > LATEST) {
            lines.add(new DigestLine(text(reader, "digest.alerts.more", count - LATEST), "/cases"));
        }
        return Optional.of(new DigestBlock(text(reader, "digest.alerts.heading", count), lines));
    }

    private DigestLine line(DigestReader reader, Raised alert) {
        var store = stores.get(alert.storeId());
        var response = surveys.find(alert.responseId());
        var advisor = response.flatMap(answer -> visits.find(answer.visitId()))
                .map(visit -> visit.advisorName())
                .filter(name -> !name.isBlank())
                .orElse("–");
        var csi = scores.find(alert.responseId())
                .map(card -> card.csi() == null ? "–" : String.valueOf(Math.round(card.csi())))
                .orElse("–");
        var overall = response.map(answer -> String.valueOf(answer.overall())).orElse("–");
        var when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .withLocale(reader.locale())
                .withZone(store.timeZone())
                .format(alert.raisedAt());
        return new DigestLine(
                text(reader, "digest.alerts.line", when, store.name(), advisor, csi, overall),
                "/cases/response/" + alert.responseId());
    }

    private String text(DigestReader reader, String key, Object... arguments) {
        return messages.getMessage(key, arguments, reader.locale());
    }

    private record Raised(UUID responseId, UUID storeId, java.time.Instant raisedAt) {}
}
