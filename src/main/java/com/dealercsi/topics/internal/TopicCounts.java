package com.dealercsi.topics.internal;

import com.dealercsi.topics.Topic;
import com.dealercsi.topics.TopicFigure;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the topics' figures from the daily roll-up: one range read per store along its primary key (store, day,
 * topic), so a year of fifty stores is at most 50 × 365 × 17 small rows, whatever the number of answers.
 */
@Component
public class TopicCounts {

    private final NamedParameterJdbcTemplate jdbc;

    TopicCounts(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Every topic mentioned in either period, most mentioned first; the previous period is the same number of days
     * just before {@code from}. The caller has already limited the stores to those the reader may see.
     */
    public List<TopicFigure> figures(Collection<UUID> storeIds, LocalDate from, LocalDate to) {
        if (storeIds.isEmpty()) {
            return List.of();
        }
        long days = to.toEpochDay() - from.toEpochDay() + 1;
        var previousFrom = from.minusDays(days);
        var params = new MapSqlParameterSource()
                .addValue("stores", storeIds.stream().map(UUID::toString).toList())
                .addValue("previousFrom", Date.valueOf(previousFrom))
                .addValue("from", Date.valueOf(from))
                .addValue("to", Date.valueOf(to));
        var rows = jdbc.queryForList(
                "select topic, sum(case when day >= :from then mentions else 0 end) mentions,"
                        + " sum(case when day < :from then mentions else 0 end) previous_mentions,"
                        + " sum(case when day >= :from then negative else 0 end) negative,"
                        + " sum(case when day >= :from then csi_sum else 0 end) csi_sum,"
                        + " sum(case when day >= :from then csi_n else 0 end) csi_n"
                        + " from topic_daily where store_id in (:stores) and day between :previousFrom and :to"
                        + " group by topic",
                params);
        var figures = new ArrayList<TopicFigure>();
        for (Map<String, Object> row : rows) {
            var topic = Topic.of((String) row.get("topic"));
            if (topic.isEmpty()) {
                continue;
            }
            long csiCount = number(row.get("csi_n"));
            double csiSum = row.get("csi_sum") == null ? 0 : ((Number) row.get("csi_sum")).doubleValue();
            figures.add(new TopicFigure(
                    topic.get(),
                    number(row.get("mentions")),
                    number(row.get("previous_mentions")),
                    number(row.get("negative")),
                    csiCount == 0 ? null : csiSum / csiCount));
        }
        figures.sort(Comparator.comparingLong(TopicFigure::mentions)
                .reversed()
                .thenComparing(
                        Comparator.comparingLong(TopicFigure::previousMentions).reversed())
                .thenComparing(TopicFigure::topic));
        return figures;
    }

    /**
     * The newest answers whose comment carries the topic, newest first: read backwards along (store, topic,
     * written_at) per store and merged, so only the rows shown are read.
     */
    public List<UUID> latestAnswers(
            Topic topic,
            Collection<UUID> storeIds,
            Map<UUID, java.time.ZoneId> zones,
            LocalDate from,
            LocalDate to,
            int limit) {
        if (storeIds.isEmpty()) {
            return List.of();
        }
        var params = new MapSqlParameterSource().addValue("topic", topic.code()).addValue("limit", limit);
        var sql = new StringBuilder();
        int n = 0;
        for (var storeId : storeIds) {
            var zone = zones.get(storeId);
            params.addValue("store" + n, storeId.toString())
                    .addValue(
                            "start" + n,
                            java.sql.Timestamp.from(from.atStartOfDay(zone).toInstant()))
                    .addValue(
                            "end" + n,
                            java.sql.Timestamp.from(
                                    to.plusDays(1).atStartOfDay(zone).toInstant()));
            sql.append(n == 0 ? "" : " union all ")
                    .append("(select source_id, written_at from topic_tag where source = 'ANSWER' and topic = :topic")
                    .append(" and store_id = :store")
                    .append(n)
                    .append(" and written_at >= :start")
                    .append(n)
                    .append(" and written_at < :end")
                    .append(n)
                    .append(" order by written_at desc limit :limit)");
            n++;
        }
        sql.append(" order by written_at desc limit :limit");
        return jdbc.query(sql.toString(), params, (rs, i) -> UUID.fromString(rs.getString(1)));
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
