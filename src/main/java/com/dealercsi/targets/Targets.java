package com.dealercsi.targets;

import com.dealercsi.admin.Role;
import com.dealercsi.admin.StoreRef;
import com.dealercsi.admin.Stores;
import com.dealercsi.audit.AuditAction;
import com.dealercsi.audit.AuditTrail;
import com.dealercsi.security.CurrentStaff;
import com.dealercsi.targets.internal.TargetEntry;
import com.dealercsi.targets.internal.TargetResolution;
import com.dealercsi.targets.internal.TargetStore;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Targets per store and a default for the group, per year with monthly overrides. Administrators set the
 * group's default and any store's targets; general and service managers set their own stores'. Everybody who
 * sees a store's figures may read the targets that apply to them.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class Targets {

    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;
    private static final UUID NO_STORE = new UUID(0, 1);

    private final TargetStore store;
    private final Stores stores;
    private final AuditTrail audit;
    private final Clock clock;

    Targets(TargetStore store, Stores stores, AuditTrail audit, Clock clock) {
        this.store = store;
        this.stores = stores;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The targets that apply to these stores together in a month (several stores: the mean of their targets);
     * stores the user may not see are left out.
     */
    public Map<Metric, Double> applying(Collection<UUID> storeIds, YearMonth month) {
        return TargetResolution.combine(byStore(storeIds, month).values());
    }

    /** Each visible store's targets in a month. */
    public Map<UUID, Map<Metric, Double>> byStore(Collection<UUID> storeIds, YearMonth month) {
        var visible = CurrentStaff.visibleStoreIds(stores);
        var ids = storeIds.stream().filter(visible::contains).collect(Collectors.toSet());
        if (ids.isEmpty()) {
            return Map.of();
        }
        var entries = store.ofYear(ids, month.getYear());
        var result = new LinkedHashMap<UUID, Map<Metric, Double>>();
        ids.forEach(id -> result.put(id, TargetResolution.resolveAll(entries, id, month)));
        return result;
    }

    /** The stores whose targets the user may set, by name. */
    @PreAuthorize("hasAnyRole('ADMIN', 'GENERAL_MANAGER', 'STORE_MANAGER')")
    public List<StoreRef> editableStores() {
        return CurrentStaff.byName(stores, editableStoreIds());
    }

    /** Only administrators set the group's default. */
    public boolean mayEditGroupDefault() {
        return isAdmin();
    }

    /**
     * What is set for a store ({@code null}: the group) in a year ({@code month} null) or month, and what applies
     * there otherwise.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'GENERAL_MANAGER', 'STORE_MANAGER')")
    public TargetSheet sheet(@Nullable UUID storeId, int year, @Nullable Integer month) {
        requireEditable(storeId);
        var entries = store.ofYear(storeId == null ? Set.of() : Set.of(storeId), year);
        var stored = new EnumMap<Metric, Double>(Metric.class);
        var inherited = new EnumMap<Metric, Double>(Metric.class);
        for (var entry : entries) {
            if (java.util.Objects.equals(entry.storeId(), storeId) && java.util.Objects.equals(entry.month(), month)) {
                stored.put(entry.metric(), entry.value());
            }
        }
        var below =
                entries.stream().filter(entry -> isBelow(entry, storeId, month)).toList();
        // the group's own levels resolve like those of a store that has set nothing itself
        var asStore = storeId == null ? NO_STORE : storeId;
        var period = YearMonth.of(year, month == null ? 1 : month);
        for (var metric : Metric.values()) {
            var value = TargetResolution.resolve(below, metric, asStore, period);
            if (value != null) {
                inherited.put(metric, value);
            }
        }
        return new TargetSheet(stored, inherited);
    }

    /** The levels a target set here falls back on: everything after this level in the resolution order. */
    private static boolean isBelow(TargetEntry entry, @Nullable UUID storeId, @Nullable Integer month) {
        boolean entryOfGroup = entry.storeId() == null;
        if (storeId == null) {
            // the group's month falls back on the group's year; the group's year on nothing
            return entryOfGroup && month != null && entry.month() == null;
        }
        if (month != null) {
            // a store's month falls back on its year and on the group's month and year
            return entry.storeId() == null || entry.month() == null;
        }
        // a store's year falls back on the group's target for the year (monthly ones differ month by month)
        return entryOfGroup && entry.month() == null;
    }

    /**
     * Sets the targets of a store ({@code null}: the group) for a year ({@code month} null) or a month: the
     * given values replace what was set at exactly that level, and a metric left out has no target there any
     * more. Stores nothing and returns the problems when a value is out of range.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'GENERAL_MANAGER', 'STORE_MANAGER')")
    public List<TargetProblem> set(
            @Nullable UUID storeId, int year, @Nullable Integer month, Map<Metric, Double> values) {
        requireEditable(storeId);
        var problems = problems(year, month, values);
        if (!problems.isEmpty()) {
            return problems;
        }
        store.replace(storeId, year, month, values, CurrentStaff.require().getUsername(), clock.instant());
        var details = new LinkedHashMap<String, String>();
        details.put("scope", storeId == null ? "group" : "store");
        details.put("year", Integer.toString(year));
        details.put("month", month == null ? "year" : Integer.toString(month));
        for (var metric : Metric.values()) {
            var value = values.get(metric);
            details.put(
                    metric.messageKey().substring("targets.metric.".length()), value == null ? "" : value.toString());
        }
        audit.record(AuditAction.SETTINGS_CHANGED, storeId, "audit.setting.targets", details);
        return List.of();
    }

    static List<TargetProblem> problems(int year, @Nullable Integer month, Map<Metric, Double> values) {
        var problems = new ArrayList<TargetProblem>();
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            problems.add(new TargetProblem(null, "targets.error.year", FIRST_YEAR, LAST_YEAR));
        }
        if (month != null && (month < 1 || month > 12)) {
            problems.add(new TargetProblem(null, "targets.error.month", 1, 12));
        }
        values.forEach((metric, value) -> {
            if (!metric.allows(value)) {
                problems.add(new TargetProblem(
                        metric,
                        metric.decimals() == 0 ? "targets.error.rangeWhole" : "targets.error.range",
                        metric.min(),
                        metric.max()));
            }
        });
        return problems;
    }

    private void requireEditable(@Nullable UUID storeId) {
        if (storeId == null) {
            if (!isAdmin()) {
                throw new AccessDeniedException("Only administrators set the group's targets");
            }
            return;
        }
        CurrentStaff.requireAmong(editableStoreIds(), storeId);
    }

    /** Administrators: every store; general and service managers: the stores they are given, not every store. */
    private Set<UUID> editableStoreIds() {
        if (isAdmin()) {
            return stores.all().stream().map(StoreRef::id).collect(Collectors.toSet());
        }
        var user = CurrentStaff.require();
        boolean manager = user.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_" + Role.GENERAL_MANAGER)
                        || a.getAuthority().equals("ROLE_" + Role.STORE_MANAGER));
        return manager ? user.storeIds() : Set.of();
    }

    private static boolean isAdmin() {
        return CurrentStaff.require().getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_" + Role.ADMIN));
    }
}
