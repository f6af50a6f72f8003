package com.dealercsi.reporting.internal;

import com.dealercsi.admin.Staff;
import com.dealercsi.admin.StaffRef;
import com.dealercsi.admin.Stores;
import com.dealercsi.alerting.AlertRaised;
import com.dealercsi.reporting.ReportingProperties;
import com.dealercsi.scoring.ResponseScored;
import com.dealercsi.shared.Factor;
import com.dealercsi.survey.Rating;
import com.dealercsi.survey.SurveyAnswered;
import com.dealercsi.visit.VisitAdvisorMatched;
import com.dealercsi.visit.VisitDelivered;
import com.dealercsi.visit.VisitSummary;
import com.dealercsi.visit.Visits;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the reporting read model from the events of the core loop. Every write is an upsert keyed by the
 * response or visit, so a redelivered event, or events arriving in any order, leave the same row (ADR 0030).
 * Kept apart from the listener so tests can feed it directly and synchronously.
 */
@Component
@Transactional(propagation = Propagation.REQUIRES_NEW)
public class ReportingProjection {

    private final JdbcTemplate jdbc;
    private final Stores stores;
    private final Visits visits;
    private final Staff staff;
    private final ReportingProperties settings;

    ReportingProjection(JdbcTemplate jdbc, Stores stores, Visits visits, Staff staff, ReportingProperties settings) {
        this.jdbc = jdbc;
        this.stores = stores;
        this.visits = visits;
        this.staff = staff;
        this.settings = settings;
    }

    public void record(VisitDelivered delivered) {
        var advisor = visits.find(delivered.visitId()).flatMap(visit -> advisorOf(delivered.storeId(), visit));
        var advisorId = advisor.map(StaffRef::id).orElse(null);
        var day = localDay(delivered.storeId(), delivered.deliveredAt());
        var inserted = jdbc.update(
                """
                insert ignore into report_visit (visit_id, store_id, advisor_id, delivered_at, day)
                values (?, ?, ?, ?, ?)""", delivered.visitId(), delivered.storeId(), advisorId, Timestamp.from(delivered.deliveredAt()), day);
        if (inserted == 1) {
            // the usual case, a visit seen for the first time and not yet answered: one more visit that day.
            // Counting up touches one row; rebuilding the day's row read every visit of the day, per visit,
            // and made concurrent listeners deadlock on a busy day (10,000 visits took minutes).
            jdbc.update(
                    """
                    insert into report_visit_daily (store_id, day, advisor_id, visits, revisited) values (?, ?, ?, 1, 0)
                    on duplicate key update visits = visits + 1""", delivered.storeId(), day, advisorId == null ? DailyRollup.NO_ADVISOR : advisorId.toString());
            return;
        }
        // seen before (redelivered, or an answer's event came first): rebuild the day from the visits
        jdbc.update(
                """
                update report_visit set store_id = ?, advisor_id = ?, delivered_at = ?, day = ?
                where visit_id = ?""", delivered.storeId(), advisorId, Timestamp.from(delivered.deliveredAt()), day, delivered.visitId());
        refreshVisitDay(delivered.visitId());
    }

    public void record(SurveyAnswered answer) {
        var visit = visits.find(answer.visitId());
        var advisor = visit.flatMap(v -> advisorOf(answer.storeId(), v));
        var advisorName = advisor.map(StaffRef::name)
                .orElse(visit.map(VisitSummary::advisorName).orElse(null));
        var ratings = new HashMap<String, @Nullable Integer>();
        for (Rating rating : answer.ratings()) {
            ratings.put(rating.itemId(), rating.value());
        }
        var columns = new ArrayList<String>(List.of(
                "response_id",
                "visit_id",
                "store_id",
                "advisor_id",
                "advisor_name",
                "submitted_at",
                "day",
                "answered",
                "overall",
                "nps",
                "owner_comment"));
        var values = new ArrayList<@Nullable Object>(List.of());
        values.add(answer.responseId());
        values.add(answer.visitId());
        values.add(answer.storeId());
        values.add(advisor.map(StaffRef::id).orElse(null));
        values.add(advisorName);
        values.add(Timestamp.from(answer.submittedAt()));
        values.add(localDay(answer.storeId(), answer.submittedAt()));
        values.add(true);
        values.add(answer.overall());
        values.add(answer.nps());
        values.add(
                answer.comment() == null || answer.comment().isBlank()
                        ? null
                        : answer.comment().strip());
        for (var item : ReportColumns.ITEMS) {
            columns.add(ReportColumns.item(item));
            values.add(ratings.get(item.id()));
        }
        upsert("report_response", columns, values);
        jdbc.update(
                """
                insert into report_visit (visit_id, store_id, advisor_id, responded_at) values (?, ?, ?, ?)
                on duplicate key update responded_at = case when responded_at is null
                    or values(responded_at) < responded_at then values(responded_at) else responded_at end""",
                answer.visitId(),
                answer.storeId(),
                advisor.map(StaffRef::id).orElse(null),
                Timestamp.from(answer.submittedAt()));
        refreshResponseDay(answer.responseId());
        refreshVisitDay(answer.visitId());
    }

    public void record(ResponseScored scored) {
        var columns = new ArrayList<String>(
                List.of("response_id", "visit_id", "store_id", "submitted_at", "day", "scored", "csi"));
        var values = new ArrayList<@Nullable Object>();
        values.add(scored.responseId());
        values.add(scored.visitId());
        values.add(scored.storeId());
        values.add(Timestamp.from(scored.submittedAt()));
        values.add(localDay(scored.storeId(), scored.submittedAt()));
        values.add(true);
        values.add(scored.csi());
        for (var factor : Factor.values()) {
            columns.add(ReportColumns.factor(factor));
            values.add(scored.factorScores().get(factor));
        }
        upsert("report_response", columns, values);
        refreshResponseDay(scored.responseId());
    }

    public void record(AlertRaised alert) {
        jdbc.update(
                """
                insert into report_response (response_id, visit_id, store_id, alert_level) values (?, ?, ?, ?)
                on duplicate key update alert_level = values(alert_level)""",
                alert.responseId(),
                alert.visitId(),
                alert.storeId(),
                alert.level().name());
        refreshResponseDay(alert.responseId());
    }

    /**
     * Rebuilds the roll-up row of the response's store, day and advisor from report_response. The
     * {@code replace … select} reads with locks, so two answers of the same day arriving together cannot
     * overwrite each other's count; a deadlock between them fails one listener, which the outbox retries.
     */
    private void refreshResponseDay(UUID responseId) {
        var keys = jdbc.queryForList(
                "select store_id, day, advisor_id from report_response where response_id = ?" + " and answered",
                responseId);
        for (var key : keys) {
            jdbc.update(
                    "replace into report_daily " + DailyRollup.columns() + DailyRollup.select()
                            + " and store_id = ? and day = ? and advisor_id <=> ? group by store_id, day",
                    key.get("store_id").toString(),
                    key.get("day"),
                    key.get("advisor_id") == null ? null : key.get("advisor_id").toString());
            jdbc.update(
                    DailyRollup.storeRollup("replace") + " where store_id = ? and day = ? group by store_id, day",
                    key.get("store_id").toString(),
                    key.get("day"));
        }
    }

    private void refreshVisitDay(UUID visitId) {
        var keys = jdbc.queryForList(
                "select store_id, day, advisor_id from report_visit where visit_id = ?"
                        + " and delivered_at is not null",
                visitId);
        for (var key : keys) {
            jdbc.update(
                    "replace into report_visit_daily (store_id, day, advisor_id, visits, revisited) "
                            + DailyRollup.visitSelect()
                            + " and store_id = ? and day = ? and advisor_id <=> ? group by store_id, day",
                    settings.revisitWindowDays(),
                    key.get("store_id").toString(),
                    key.get("day"),
                    key.get("advisor_id") == null ? null : key.get("advisor_id").toString());
        }
    }

    /**
     * A visit that counted for no advisor now counts for one: its rows move, the buckets it left are rebuilt (or
     * removed when it was their last row) and the ones it joined are counted up, so rankings follow at once.
     */
    public void record(VisitAdvisorMatched matched) {
        var visitKeys = jdbc.queryForList(
                "select store_id, day, advisor_id from report_visit where visit_id = ?"
                        + " and delivered_at is not null",
                matched.visitId());
        var responseKeys = jdbc.queryForList(
                "select response_id, store_id, day, advisor_id from report_response"
                        + " where visit_id = ? and answered",
                matched.visitId());
        jdbc.update(
                "update report_visit set advisor_id = ? where visit_id = ?", matched.advisorId(), matched.visitId());
        jdbc.update(
                "update report_response set advisor_id = ?, advisor_name = ? where visit_id = ?",
                matched.advisorId(),
                matched.advisorName(),
                matched.visitId());
        for (var key : visitKeys) {
            var advisor =
                    key.get("advisor_id") == null ? null : key.get("advisor_id").toString();
            jdbc.update(
                    "delete from report_visit_daily where store_id = ? and day = ? and advisor_id = ?",
                    key.get("store_id").toString(),
                    key.get("day"),
                    advisor == null ? DailyRollup.NO_ADVISOR : advisor);
            jdbc.update(
                    "insert into report_visit_daily (store_id, day, advisor_id, visits, revisited) "
                            + DailyRollup.visitSelect()
                            + " and store_id = ? and day = ? and advisor_id <=> ? group by store_id, day",
                    settings.revisitWindowDays(),
                    key.get("store_id").toString(),
                    key.get("day"),
                    advisor);
        }
        for (var key : responseKeys) {
            var advisor =
                    key.get("advisor_id") == null ? null : key.get("advisor_id").toString();
            jdbc.update(
                    "delete from report_daily where store_id = ? and day = ? and advisor_id = ?",
                    key.get("store_id").toString(),
                    key.get("day"),
                    advisor == null ? DailyRollup.NO_ADVISOR : advisor);
            jdbc.update(
                    "insert into report_daily " + DailyRollup.columns() + DailyRollup.select()
                            + " and store_id = ? and day = ? and advisor_id <=> ? group by store_id, day",
                    key.get("store_id").toString(),
                    key.get("day"),
                    advisor);
            refreshResponseDay(UUID.fromString(key.get("response_id").toString()));
        }
        refreshVisitDay(matched.visitId());
    }

    /** Rebuilds every roll-up, e.g. after a bulk load or a change of the revisit window. */
    public void rebuildRollups() {
        jdbc.update("delete from report_daily");
        jdbc.update("insert into report_daily " + DailyRollup.columns() + DailyRollup.select()
                + " group by store_id, day, advisor_id");
        jdbc.update("delete from report_store_daily");
        jdbc.update(DailyRollup.storeRollup("insert") + " group by store_id, day");
        jdbc.update("delete from report_visit_daily");
        jdbc.update(
                "insert into report_visit_daily (store_id, day, advisor_id, visits, revisited) "
                        + DailyRollup.visitSelect() + " group by store_id, day, advisor_id",
                settings.revisitWindowDays());
    }

    /** Insert, or on a second event for the same response update the given columns (never the key). */
    private void upsert(String table, List<String> columns, List<@Nullable Object> values) {
        var updates =
                columns.stream().skip(1).map(c -> c + " = values(" + c + ")").collect(Collectors.joining(", "));
        var sql = "insert into " + table + " (" + String.join(", ", columns) + ") values ("
                + columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ") on duplicate key update "
                + updates;
        jdbc.update(sql, values.toArray());
    }

    private Optional<StaffRef> advisorOf(UUID storeId, VisitSummary visit) {
        return staff.findAdvisor(storeId, visit.advisorName());
    }

    private LocalDate localDay(UUID storeId, Instant instant) {
        return instant.atZone(stores.get(storeId).timeZone()).toLocalDate();
    }
}
