package com.dealercsi.reporting;

import com.dealercsi.reporting.internal.ReportColumns;
import com.dealercsi.shared.Factor;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One factor's score in one store over some days, by the dashboard's formula and from its roll-ups, for features
 * that compare periods of their own (an action plan's before and after). Limited like the dashboard: a store the
 * user may not see has no answers, and an advisor's own view counts their own answers only.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class FactorHistory {

    private final NamedParameterJdbcTemplate jdbc;
    private final ReportingScope.Resolver scopes;

    FactorHistory(NamedParameterJdbcTemplate jdbc, ReportingScope.Resolver scopes) {
        this.jdbc = jdbc;
        this.scopes = scopes;
    }

    /** Days {@code from}–{@code to}, both included, in the store's time zone. */
    public FactorScore score(UUID storeId, Factor factor, LocalDate from, LocalDate to) {
        var scope = scopes.resolve(Set.of(storeId));
        if (scope.isEmpty() || to.isBefore(from)) {
            return new FactorScore(null, 0);
        }
        var where = Dashboards.where(scope, new DashboardFilter(from, to, Set.of(storeId), Granularity.WEEK, null));
        var column = ReportColumns.factor(factor);
        var table = scope.advisorId() == null ? "report_store_daily" : "report_daily";
        var row = jdbc.queryForMap(
                "select sum(" + column + "_sum) total, sum(" + column + "_n) answers from " + table + " where "
                        + where.sql(),
                where.params());
        var total = (Number) row.get("total");
        var answers = row.get("answers") == null ? 0 : ((Number) row.get("answers")).longValue();
        return new FactorScore(total == null || answers == 0 ? null : total.doubleValue() / answers, answers);
    }
}
