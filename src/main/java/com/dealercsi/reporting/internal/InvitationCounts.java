package com.dealercsi.reporting.internal;

import com.dealercsi.invitation.Invitations;
import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations sent per store and day, for the response rate. Finished days are asked of the invitation feature
 * once and kept in report_invitation_daily (V33); today is always asked afresh (ADR 0030).
 */
@Component
@Transactional(propagation = Propagation.REQUIRES_NEW)
public class InvitationCounts {

    private final NamedParameterJdbcTemplate jdbc;
    private final Invitations invitations;

    InvitationCounts(NamedParameterJdbcTemplate jdbc, Invitations invitations) {
        this.jdbc = jdbc;
        this.invitations = invitations;
    }

    /** Invitations sent by these stores (all in {@code zone}) on the days {@code from}–{@code to}. */
    public long sent(Collection<UUID> storeIds, ZoneId zone, LocalDate from, LocalDate to, LocalDate today) {
        if (storeIds.isEmpty()) {
            return 0;
        }
        long total = 0;
        var closedTo = to.isBefore(today) ? to : today.minusDays(1);
        if (!from.isAfter(closedTo)) {
            var params = new MapSqlParameterSource()
                    .addValue("stores", storeIds.stream().map(UUID::toString).toList())
                    .addValue("from", from)
                    .addValue("to", closedTo);
            var known = new HashSet<String>();
            var rows = jdbc.queryForList(
                    "select store_id, day, sent from report_invitation_daily"
                            + " where store_id in (:stores) and day between :from and :to",
                    params);
            for (var row : rows) {
                known.add(row.get("store_id") + "/" + row.get("day"));
                total += ((Number) row.get("sent")).longValue();
            }
            var inserts = new ArrayList<MapSqlParameterSource>();
            for (var day = from; !day.isAfter(closedTo); day = day.plusDays(1)) {
                Set<UUID> missing = new HashSet<>();
                for (var store : storeIds) {
                    if (!known.contains(store + "/" + Date.valueOf(day))) {
                        missing.add(store);
                    }
                }
                if (missing.isEmpty()) {
                    continue;
                }
                var counts = invitations.countSentByStore(
                        missing,
                        day.atStartOfDay(zone).toInstant(),
                        day.plusDays(1).atStartOfDay(zone).toInstant());
                for (var store : missing) {
                    long sent = counts.getOrDefault(store, 0L);
                    total += sent;
                    inserts.add(new MapSqlParameterSource()
                            .addValue("store", store.toString())
                            .addValue("day", day)
                            .addValue("sent", sent));
                }
            }
            if (!inserts.isEmpty()) {
                jdbc.batchUpdate(
                        "insert ignore into report_invitation_daily (store_id, day, sent)"
                                + " values (:store, :day, :sent)",
                        inserts.toArray(MapSqlParameterSource[]::new));
            }
        }
        if (!to.isBefore(today)) {
            var start = from.isAfter(today) ? from : today;
            total += invitations.countSent(
                    List.copyOf(storeIds),
                    start.atStartOfDay(zone).toInstant(),
                    to.plusDays(1).atStartOfDay(zone).toInstant());
        }
        return total;
    }
}
