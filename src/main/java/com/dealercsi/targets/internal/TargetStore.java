package com.dealercsi.targets.internal;

import com.dealercsi.targets.Metric;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The {@code target} table (V73). The group's default is kept under the nil UUID and the whole year under month
 * 0, so that every target has one primary key.
 */
@Repository
public class TargetStore {

    static final UUID GROUP = new UUID(0, 0);

    private final NamedParameterJdbcTemplate jdbc;

    TargetStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The targets of these stores and of the group, for one year. */
    public List<TargetEntry> ofYear(Collection<UUID> storeIds, int year) {
        var ids = new ArrayList<String>();
        ids.add(GROUP.toString());
        storeIds.forEach(id -> ids.add(id.toString()));
        return jdbc.query(
                "select store_id, year, month, metric, target_value from target"
                        + " where store_id in (:stores) and year = :year",
                new MapSqlParameterSource().addValue("stores", ids).addValue("year", year),
                (rs, i) -> {
                    var store = UUID.fromString(rs.getString("store_id"));
                    int month = rs.getInt("month");
                    return new TargetEntry(
                            store.equals(GROUP) ? null : store,
                            rs.getInt("year"),
                            month == 0 ? null : month,
                            Metric.valueOf(rs.getString("metric")),
                            rs.getBigDecimal("target_value").doubleValue());
                });
    }

    /** Replaces the targets of one store (or the group) for one year or month by these; missing ones are removed. */
    public void replace(
            @Nullable UUID storeId,
            int year,
            @Nullable Integer month,
            Map<Metric, Double> values,
            String by,
            Instant now) {
        var key = new MapSqlParameterSource()
                .addValue("store", (storeId == null ? GROUP : storeId).toString())
                .addValue("year", year)
                .addValue("month", month == null ? 0 : month)
                .addValue("at", Timestamp.from(now))
                .addValue("by", by);
        jdbc.update("delete from target where store_id = :store and year = :year and month = :month", key);
        values.forEach((metric, value) -> jdbc.update(
                "insert into target (store_id, year, month, metric, target_value, updated_at, updated_by)"
                        + " values (:store, :year, :month, :metric, :value, :at, :by)",
                new MapSqlParameterSource(key.getValues())
                        .addValue("metric", metric.name())
                        .addValue("value", java.math.BigDecimal.valueOf(value))));
    }
}
