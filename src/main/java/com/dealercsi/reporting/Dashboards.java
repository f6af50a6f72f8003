package com.dealercsi.reporting;

import com.dealercsi.admin.StoreRef;
import com.dealercsi.alerting.AlertLevel;
import com.dealercsi.recovery.CaseFigures;
import com.dealercsi.recovery.RecoveryCases;
import com.dealercsi.reporting.Dashboard.AdvisorRank;
import com.dealercsi.reporting.Dashboard.Comment;
import com.dealercsi.reporting.Dashboard.FactorFigures;
import com.dealercsi.reporting.Dashboard.Figures;
import com.dealercsi.reporting.Dashboard.ItemScore;
import com.dealercsi.reporting.Dashboard.TrendPoint;
import com.dealercsi.reporting.internal.DailyRollup;
import com.dealercsi.reporting.internal.InvitationCounts;
import com.dealercsi.reporting.internal.ReportColumns;
import com.dealercsi.shared.Factor;
import com.dealercsi.targets.Targets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard's figures, by the formulas of the product brief ("Scores"), computed in SQL from the reporting
 * read model over the stores (and, for advisors, the visits) the current user may see.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class Dashboards {

    private final NamedParameterJdbcTemplate jdbc;
    private final ReportingScope.Resolver scopes;
    private final InvitationCounts invitationCounts;
    private final ReportingProperties settings;
    private final java.time.Clock clock;
    private final RecoveryCases recoveryCases;
    private final Targets targets;

    Dashboards(
            NamedParameterJdbcTemplate jdbc,
            ReportingScope.Resolver scopes,
            InvitationCounts invitationCounts,
            ReportingProperties settings,
            java.time.Clock clock,
            RecoveryCases recoveryCases,
            Targets targets) {
        this.recoveryCases = recoveryCases;
        this.targets = targets;
        this.jdbc = jdbc;
        this.scopes = scopes;
        this.invitationCounts = invitationCounts;
        this.settings = settings;
        this.clock = clock;
    }

    /** The stores the current user may choose from. */
    public List<StoreRef> visibleStores() {
        return scopes.visibleStores();
    }

    public Dashboard dashboard(DashboardFilter filter) {
        var timer = new Timer();
        var scope = scopes.resolve(filter.storeIds());
        var previousFilter = filter.previous();
        var current = timer.time("totals", () -> totals(scope, filter));
        var previous = timer.time("previous totals", () -> totals(scope, previousFilter));
        var factors = new ArrayList<FactorFigures>();
        for (var factor : Factor.values()) {
            factors.add(new FactorFigures(
                    factor,
                    current.factorScore(factor),
                    previous.factorScore(factor),
                    current.itemsWeakestFirst(factor)));
        }
        var dashboard = new Dashboard(
                filter,
                scope.stores(),
                scope.advisorId() != null,
                timer.time("figures", () -> figures(scope, filter, current)),
                timer.time("previous figures", () -> figures(scope, previousFilter, previous)),
                timer.time("trend", () -> trend(scope, filter)),
                factors,
                timer.time("advisors", () -> advisors(scope, filter)),
                settings.minResponsesForRanking(),
                timer.time("comments", () -> comments(scope, filter)),
                timer.time("targets", () -> targets.applying(scope.storeIds(), YearMonth.from(filter.to()))));
        log.debug("Dashboard for {} stores, {} – {}: {}", scope.stores().size(), filter.from(), filter.to(), timer);
        return dashboard;
    }

    /**
     * The comments of these answers (the topics panel's newest answers about one topic), newest first, limited to
     * the filter's stores as the user may see them, like the latest comments.
     */
    public List<Comment> commentsOf(DashboardFilter filter, java.util.Collection<UUID> responseIds) {
        var scope = scopes.resolve(filter.storeIds());
        if (scope.isEmpty() || responseIds.isEmpty()) {
            return List.of();
        }
        var params = new org.springframework.jdbc.core.namedparam.MapSqlParameterSource()
                .addValue("ids", responseIds.stream().map(UUID::toString).toList())
                .addValue(
                        "stores", scope.storeIds().stream().map(UUID::toString).toList());
        var sql = new StringBuilder("select response_id, store_id, submitted_at, advisor_name, csi, overall, nps,"
                + " owner_comment, alert_level from report_response where response_id in (:ids)"
                + " and store_id in (:stores) and has_comment = 1");
        if (scope.advisorId() != null) {
            sql.append(" and advisor_id = :advisor");
            params.addValue("advisor", scope.advisorId().toString());
        }
        sql.append(" order by submitted_at desc");
        Map<UUID, StoreRef> stores =
                scope.stores().stream().collect(Collectors.toMap(StoreRef::id, Function.identity()));
        return jdbc.query(sql.toString(), params, (rs, i) -> comment(rs, stores));
    }

    private static Comment comment(java.sql.ResultSet rs, Map<UUID, StoreRef> stores) throws java.sql.SQLException {
        var store = stores.get(UUID.fromString(rs.getString("store_id")));
        var level = rs.getString("alert_level");
        return new Comment(
                UUID.fromString(rs.getString("response_id")),
                rs.getTimestamp("submitted_at").toInstant(),
                store.timeZone(),
                store.name(),
                rs.getString("advisor_name"),
                rs.getObject("csi") == null ? null : rs.getDouble("csi"),
                rs.getInt("overall"),
                rs.getInt("nps"),
                rs.getString("owner_comment"),
                level == null ? null : AlertLevel.valueOf(level));
    }

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Dashboards.class);

    /** Where a dashboard's time goes, for the debug log. */
    private static final class Timer {

        private final StringBuilder parts = new StringBuilder();

        <T> T time(String part, java.util.function.Supplier<T> work) {
            long started = System.nanoTime();
            var result = work.get();
            parts.append(part)
                    .append(' ')
                    .append((System.nanoTime() - started) / 1_000_000)
                    .append(" ms; ");
            return result;
        }

        @Override
        public String toString() {
            return parts.toString();
        }
    }

    /** The headline figures of one scope and period, as the dashboard computes them; for the store league. */
    Figures figures(ReportingScope scope, DashboardFilter filter) {
        return figures(scope, filter, totals(scope, filter));
    }

    private Figures figures(ReportingScope scope, DashboardFilter filter, Totals totals) {
        long started = System.nanoTime();
        var visits = visits(scope, filter);
        long visitsDone = System.nanoTime();
        // invitations know their store but not the advisor, so an advisor's view has no response rate
        Long sent = scope.advisorId() == null ? invitationsSent(scope, filter) : null;
        log.debug(
                "visits {} ms, invitations {} ms",
                (visitsDone - started) / 1_000_000,
                (System.nanoTime() - visitsDone) / 1_000_000);
        long n = totals.responses();
        return new Figures(
                n,
                totals.mean("csi"),
                n == 0 ? null : 100.0 * totals.count("satisfied") / n,
                n == 0 ? null : 100.0 * (totals.count("promoters") - totals.count("detractors")) / n,
                sent,
                sent == null || sent == 0 ? null : 100.0 * n / sent,
                visits[0],
                visits[0] == 0 ? null : 100.0 * visits[1] / visits[0],
                cases(scope, filter));
    }

    /**
     * Recovery cases of the period, asked of the recovery module per time zone, so that each store's period is
     * its own calendar days. Advisors do not work the recovery desk, so their own view shows no cases.
     */
    private @Nullable CaseFigures cases(ReportingScope scope, DashboardFilter filter) {
        if (scope.advisorId() != null) {
            return null;
        }
        return scope.stores().stream().collect(Collectors.groupingBy(StoreRef::timeZone)).entrySet().stream()
                .map(byZone -> recoveryCases.figures(
                        byZone.getValue().stream().map(StoreRef::id).toList(),
                        filter.from().atStartOfDay(byZone.getKey()).toInstant(),
                        filter.to().plusDays(1).atStartOfDay(byZone.getKey()).toInstant()))
                .reduce(CaseFigures.NONE, CaseFigures::plus);
    }

    private long invitationsSent(ReportingScope scope, DashboardFilter filter) {
        return scope.stores().stream().collect(Collectors.groupingBy(StoreRef::timeZone)).entrySet().stream()
                .mapToLong(byZone -> invitationCounts.sent(
                        byZone.getValue().stream().map(StoreRef::id).toList(),
                        byZone.getKey(),
                        filter.from(),
                        filter.to(),
                        clock.instant().atZone(byZone.getKey()).toLocalDate()))
                .sum();
    }

    /** Delivered visits of the period, and those answered within the revisit window. */
    private long[] visits(ReportingScope scope, DashboardFilter filter) {
        if (scope.isEmpty()) {
            return new long[] {0, 0};
        }
        var where = where(scope, filter);
        var row = jdbc.queryForMap(
                "select coalesce(sum(visits), 0) visits, coalesce(sum(revisited), 0) revisited"
                        + " from report_visit_daily where " + where.sql(),
                where.params());
        return new long[] {
            number(row.get("visits")).longValue(), number(row.get("revisited")).longValue()
        };
    }

    private Totals totals(ReportingScope scope, DashboardFilter filter) {
        if (scope.isEmpty()) {
            return new Totals(Map.of());
        }
        var satisfied = new StringBuilder("0");
        for (int os = Math.max(1, settings.satisfiedFrom()); os <= 10; os++) {
            satisfied.append(" + os_").append(os);
        }
        var select = new StringBuilder("select sum(responses) responses, sum(csi_sum) csi_sum, sum(csi_n) csi_n,"
                + " sum(" + satisfied + ") satisfied, sum(promoters) promoters, sum(detractors) detractors");
        for (var factor : Factor.values()) {
            sumOfSumsAndCounts(select, ReportColumns.factor(factor));
        }
        for (var item : ReportColumns.ITEMS) {
            sumOfSumsAndCounts(select, ReportColumns.item(item));
        }
        var where = where(scope, filter);
        return new Totals(
                jdbc.queryForMap(select + " from " + rollup(scope) + " where " + where.sql(), where.params()));
    }

    private List<TrendPoint> trend(ReportingScope scope, DashboardFilter filter) {
        if (scope.isEmpty()) {
            return List.of();
        }
        var select =
                new StringBuilder("select day, sum(responses) responses, sum(csi_sum) csi_sum," + " sum(csi_n) csi_n");
        for (var factor : Factor.values()) {
            sumOfSumsAndCounts(select, ReportColumns.factor(factor));
        }
        var where = where(scope, filter);
        var days = jdbc.queryForList(
                select + " from " + rollup(scope) + " where " + where.sql() + " group by day", where.params());
        // days fold into weeks or months here: at most 366 rows leave the database
        var buckets = new TreeMap<LocalDate, Map<String, Double>>();
        for (var day : days) {
            var start = filter.granularity().bucketStart(((java.sql.Date) day.get("day")).toLocalDate());
            var sums = buckets.computeIfAbsent(start, s -> new java.util.HashMap<>());
            day.forEach((column, value) -> {
                if (!column.equals("day") && value != null) {
                    sums.merge(column, number(value).doubleValue(), Double::sum);
                }
            });
        }
        var points = new ArrayList<TrendPoint>();
        buckets.forEach((start, sums) -> {
            var totals = new Totals(new java.util.HashMap<>(sums));
            var factorScores = new EnumMap<Factor, Double>(Factor.class);
            for (var factor : Factor.values()) {
                var score = totals.factorScore(factor);
                if (score != null) {
                    factorScores.put(factor, score);
                }
            }
            points.add(new TrendPoint(start, totals.count("responses"), totals.mean("csi"), factorScores));
        });
        return points;
    }

    private List<AdvisorRank> advisors(ReportingScope scope, DashboardFilter filter) {
        if (scope.isEmpty()) {
            return List.of();
        }
        var where = where(scope, filter);
        var rows = jdbc.queryForList(
                "select advisor_id, max(advisor_name) advisor_name, sum(responses) responses,"
                        + " sum(csi_sum) / nullif(sum(csi_n), 0) csi, sum(alerts) alerts from report_daily"
                        + " where " + where.sql() + " group by advisor_id",
                where.params());
        var min = settings.minResponsesForRanking();
        var byCsi = Comparator.comparing((Map<String, Object> row) ->
                        row.get("csi") == null ? -1 : number(row.get("csi")).doubleValue())
                .reversed();
        var ranked = rows.stream()
                .filter(row -> number(row.get("responses")).longValue() >= min)
                .sorted(byCsi)
                .toList();
        var unranked = rows.stream()
                .filter(row -> number(row.get("responses")).longValue() < min)
                .sorted(Comparator.comparing((Map<String, Object> row) ->
                                number(row.get("responses")).longValue())
                        .reversed())
                .toList();
        var result = new ArrayList<AdvisorRank>();
        for (int i = 0; i < ranked.size(); i++) {
            result.add(rank(i + 1, ranked.get(i)));
        }
        unranked.forEach(row -> result.add(rank(null, row)));
        return result;
    }

    private static AdvisorRank rank(@Nullable Integer rank, Map<String, Object> row) {
        var id = row.get("advisor_id");
        if (id != null && id.toString().equals(DailyRollup.NO_ADVISOR)) {
            id = null;
        }
        var name = row.get("advisor_name");
        return new AdvisorRank(
                rank,
                id == null ? null : UUID.fromString(id.toString()),
                name == null ? "–" : name.toString(),
                number(row.get("responses")).longValue(),
                row.get("csi") == null ? null : number(row.get("csi")).doubleValue(),
                number(row.get("alerts")).longValue());
    }

    private List<Comment> comments(ReportingScope scope, DashboardFilter filter) {
        if (scope.isEmpty()) {
            return List.of();
        }
        var where = where(scope, filter);
        var text = filter.commentContains();
        // newest first per store, read backwards along (store_id, has_comment, submitted_at) within the store's
        // own calendar days, then merged: only the rows shown are ever read
        var condition = new StringBuilder(" where has_comment = 1");
        if (scope.advisorId() != null) {
            condition.append(" and advisor_id = :advisor");
        }
        if (text != null && !text.isBlank()) {
            // the column's collation ignores case; % and _ typed by the user are meant literally
            condition.append(" and owner_comment like :pattern escape '!'");
            where.params()
                    .addValue(
                            "pattern",
                            "%"
                                    + text.strip()
                                            .replace("!", "!!")
                                            .replace("%", "!%")
                                            .replace("_", "!_") + "%");
        }
        where.params().addValue("limit", settings.latestComments());
        var sql = new StringBuilder();
        int n = 0;
        for (var store : scope.stores()) {
            where.params()
                    .addValue("store" + n, store.id().toString())
                    .addValue(
                            "start" + n,
                            java.sql.Timestamp.from(
                                    filter.from().atStartOfDay(store.timeZone()).toInstant()))
                    .addValue(
                            "end" + n,
                            java.sql.Timestamp.from(filter.to()
                                    .plusDays(1)
                                    .atStartOfDay(store.timeZone())
                                    .toInstant()));
            sql.append(n == 0 ? "" : " union all ")
                    .append("(select response_id, store_id, submitted_at,"
                            + " advisor_name, csi, overall, nps, owner_comment, alert_level from report_response"
                            + " force index (report_response_comments)")
                    .append(condition)
                    .append(" and store_id = :store")
                    .append(n)
                    .append(" and submitted_at >= :start")
                    .append(n)
                    .append(" and submitted_at < :end")
                    .append(n)
                    .append(" order by submitted_at desc limit :limit)");
            n++;
        }
        sql.append(" order by submitted_at desc limit :limit");
        Map<UUID, StoreRef> stores =
                scope.stores().stream().collect(Collectors.toMap(StoreRef::id, Function.identity()));
        return jdbc.query(sql.toString(), where.params(), (rs, i) -> comment(rs, stores));
    }

    /** Only an advisor's own view needs the advisor dimension; everyone else reads the smaller store roll-up. */
    private static String rollup(ReportingScope scope) {
        return scope.advisorId() == null ? "report_store_daily" : "report_daily";
    }

    private static void sumOfSumsAndCounts(StringBuilder select, String column) {
        select.append(", sum(")
                .append(column)
                .append("_sum) ")
                .append(column)
                .append("_sum, sum(")
                .append(column)
                .append("_n) ")
                .append(column)
                .append("_n");
    }

    record Where(String sql, MapSqlParameterSource params) {}

    static Where where(ReportingScope scope, DashboardFilter filter) {
        var params = new MapSqlParameterSource()
                .addValue(
                        "stores", scope.storeIds().stream().map(UUID::toString).toList())
                .addValue("from", filter.from())
                .addValue("to", filter.to());
        var sql = "store_id in (:stores) and day between :from and :to";
        if (scope.advisorId() != null) {
            params.addValue("advisor", scope.advisorId().toString());
            sql += " and advisor_id = :advisor";
        }
        return new Where(sql, params);
    }

    private static Number number(@Nullable Object value) {
        return value == null ? 0 : (Number) value;
    }

    /** One row of sums and counts, read back as means. */
    private record Totals(Map<String, ?> row) {

        long responses() {
            return count("responses");
        }

        long count(String column) {
            var value = row.get(column);
            return value == null ? 0 : ((Number) value).longValue();
        }

        @Nullable
        Double mean(String column) {
            var sum = row.get(column + "_sum");
            long n = count(column + "_n");
            return sum == null || n == 0 ? null : ((Number) sum).doubleValue() / n;
        }

        @Nullable
        Double factorScore(Factor factor) {
            return mean(ReportColumns.factor(factor));
        }

        List<ItemScore> itemsWeakestFirst(Factor factor) {
            var items = new ArrayList<ItemScore>();
            for (var item : ReportColumns.ITEMS) {
                if (item.factor() == factor) {
                    var mean = mean(ReportColumns.item(item));
                    if (mean != null) {
                        items.add(new ItemScore(item.id(), 100 * mean, count(ReportColumns.item(item) + "_n")));
                    }
                }
            }
            items.sort(Comparator.comparingDouble(ItemScore::score));
            return items;
        }
    }
}
