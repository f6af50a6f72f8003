package com.dealercsi.reporting;

import com.dealercsi.targets.Targets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The store league: every store the user sees, for a calendar month, with the dashboard's figures for that
 * store alone, the month before (for the trend) and the targets that apply to the store in that month. For
 * the group and general managers who compare stores, and administrators.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('ADMIN', 'GROUP_MANAGER', 'GENERAL_MANAGER')")
public class StoreLeagues {

    private final Dashboards dashboards;
    private final ReportingScope.Resolver scopes;
    private final Targets targets;

    StoreLeagues(Dashboards dashboards, ReportingScope.Resolver scopes, Targets targets) {
        this.dashboards = dashboards;
        this.scopes = scopes;
        this.targets = targets;
    }

    public StoreLeague league(YearMonth month) {
        var scope = scopes.resolve(Set.of());
        var current = monthOf(month);
        var previous = monthOf(month.minusMonths(1));
        var targetsByStore = targets.byStore(scope.storeIds(), month);
        var rows = new ArrayList<StoreLeague.Row>();
        for (var store : scope.stores()) {
            // each store on its own, exactly as its own dashboard shows it
            var single = new ReportingScope(java.util.List.of(store), null);
            rows.add(new StoreLeague.Row(
                    store,
                    dashboards.figures(single, current),
                    dashboards.figures(single, previous),
                    targetsByStore.getOrDefault(store.id(), Map.of())));
        }
        return new StoreLeague(month, rows);
    }

    private static DashboardFilter monthOf(YearMonth month) {
        return new DashboardFilter(month.atDay(1), month.atEndOfMonth(), Set.of(), Granularity.MONTH, null);
    }
}
