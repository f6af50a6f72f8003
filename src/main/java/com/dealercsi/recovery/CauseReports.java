package com.dealercsi.recovery;

import com.dealercsi.admin.StoreRef;
import com.dealercsi.admin.Stores;
import com.dealercsi.recovery.internal.FollowUp;
import com.dealercsi.recovery.internal.FollowUpRepository;
import com.dealercsi.recovery.internal.LostPoints;
import com.dealercsi.recovery.internal.RecoveryCase;
import com.dealercsi.recovery.internal.RecoveryCaseRepository;
import com.dealercsi.recovery.internal.RootCauseRepository;
import com.dealercsi.security.CurrentStaff;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What closed cases say about where points are lost and whether recovery worked: cases by root cause, store,
 * advisor and month with each cause's share in lost points, and the recovery rate from the follow-up survey. Only
 * the stores the reader may see are counted (ADR 0058).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(RecoveryCases.MANAGER_ROLES)
public class CauseReports {

    private final RecoveryCaseRepository cases;
    private final RootCauseRepository rootCauses;
    private final FollowUpRepository followUps;
    private final Stores stores;

    CauseReports(
            RecoveryCaseRepository cases, RootCauseRepository rootCauses, FollowUpRepository followUps, Stores stores) {
        this.cases = cases;
        this.rootCauses = rootCauses;
        this.followUps = followUps;
        this.stores = stores;
    }

    /** The stores the report can be narrowed to. */
    public List<StoreRef> visibleStores() {
        return CurrentStaff.visibleStores(stores);
    }

    public CauseReport report(CauseReportFilter filter) {
        var storesById = scope(filter.storeId());
        var from = filter.from().atDay(1);
        var to = filter.to().atEndOfMonth();
        var closed = closed(storesById, from, to).stream()
                .filter(c -> !c.causeIds().isEmpty())
                .toList();
        if (closed.isEmpty()) {
            return CauseReport.EMPTY;
        }
        var causesById = causesById();
        var lost = LostPoints.byCause(closed.stream()
                .map(c -> new LostPoints.ClosedCase(c.answerCsi(), c.causeIds()))
                .toList());
        var shares = LostPoints.shares(lost);
        var counts = new HashMap<UUID, Long>();
        closed.forEach(c -> c.causeIds().forEach(cause -> counts.merge(cause, 1L, Long::sum)));
        var lines = counts.entrySet().stream()
                .map(count -> new CauseReport.CauseLine(
                        causesById.get(count.getKey()),
                        count.getValue(),
                        lost.getOrDefault(count.getKey(), 0.0),
                        shares.get(count.getKey())))
                .sorted(Comparator.comparingDouble(CauseReport.CauseLine::lostPoints)
                        .reversed()
                        .thenComparing(Comparator.comparingLong(CauseReport.CauseLine::cases)
                                .reversed()))
                .toList();
        return new CauseReport(
                closed.size(),
                lost.values().stream().mapToDouble(Double::doubleValue).sum(),
                lines,
                grouped(closed, c -> month(c, storesById).toString(), causesById, true),
                grouped(closed, c -> storesById.get(c.storeId()).name(), causesById, false),
                grouped(closed, RecoveryCase::advisorName, causesById, false));
    }

    /**
     * The recovery rate of cases closed on the calendar days {@code from}–{@code to} (each store's own), over the
     * chosen stores (none: every store the reader may see), per store and per cause.
     */
    @PreAuthorize(RecoveryCases.DESK_ROLES)
    public RecoveryRates recoveryRates(Collection<UUID> storeIds, LocalDate from, LocalDate to) {
        var visible = scope(null);
        var storesById = storeIds.isEmpty()
                ? visible
                : visible.values().stream()
                        .filter(store -> storeIds.contains(store.id()))
                        .collect(Collectors.toMap(StoreRef::id, Function.identity()));
        var closed = closed(storesById, from, to);
        if (closed.isEmpty()) {
            return RecoveryRates.NONE;
        }
        var answers = followUps
                .findByCaseIdIn(closed.stream().map(RecoveryCase::getId).toList())
                .stream()
                .filter(f -> f.answer() != null)
                .collect(Collectors.toMap(FollowUp::caseId, Function.identity()));
        Function<RecoveryCase, RecoveryRate.ClosedCase> asRated = c -> {
            var answer = answers.containsKey(c.getId()) ? answers.get(c.getId()).answer() : null;
            return new RecoveryRate.ClosedCase(
                    answer == null ? null : answer.madeRight(),
                    answer == null ? null : answer.satisfaction(),
                    c.answerOverall());
        };
        var byStore = new TreeMap<String, RecoveryRates.ByStore>();
        closed.stream().collect(Collectors.groupingBy(RecoveryCase::storeId)).forEach((store, ofStore) -> {
            var ref = storesById.get(store);
            byStore.put(
                    ref.name() + ref.id(),
                    new RecoveryRates.ByStore(
                            ref, RecoveryRate.of(ofStore.stream().map(asRated).toList())));
        });
        var causesById = causesById();
        var byCause = new ArrayList<RecoveryRates.ByCause>();
        var causeIds = closed.stream().flatMap(c -> c.causeIds().stream()).collect(Collectors.toSet());
        causesById.values().stream()
                .filter(cause -> causeIds.contains(cause.id()))
                .forEach(cause -> byCause.add(new RecoveryRates.ByCause(
                        cause,
                        RecoveryRate.of(closed.stream()
                                .filter(c -> c.causeIds().contains(cause.id()))
                                .map(asRated)
                                .toList()))));
        return new RecoveryRates(
                RecoveryRate.of(closed.stream().map(asRated).toList()), List.copyOf(byStore.values()), byCause);
    }

    /** Whether the current user may read recovery rates, so a dashboard shows the panel only to them. */
    @PreAuthorize("isAuthenticated()")
    public boolean mayReadRecoveryRates() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null
                && authentication.getAuthorities().stream()
                        .anyMatch(granted -> DESK_AUTHORITIES.contains(granted.getAuthority()));
    }

    private static final Set<String> DESK_AUTHORITIES = Set.of(
            "ROLE_ADMIN",
            "ROLE_GROUP_MANAGER",
            "ROLE_GENERAL_MANAGER",
            "ROLE_STORE_MANAGER",
            "ROLE_CUSTOMER_SERVICE_MANAGER",
            "ROLE_CUSTOMER_SERVICE");

    /** The visible stores, or the one chosen among them; another store's id gives none rather than an error. */
    private Map<UUID, StoreRef> scope(@Nullable UUID storeId) {
        Predicate<StoreRef> chosen = store -> storeId == null || store.id().equals(storeId);
        return CurrentStaff.visibleStores(stores).stream()
                .filter(chosen)
                .collect(Collectors.toMap(StoreRef::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    /** Closed cases whose closing day, in their store's time zone, lies within [from, to]. */
    private List<RecoveryCase> closed(Map<UUID, StoreRef> storesById, LocalDate from, LocalDate to) {
        if (storesById.isEmpty()) {
            return List.of();
        }
        // a day's margin either side covers every time zone; the exact store-day test follows
        var loaded = cases.closedBetween(
                storesById.keySet(),
                from.minusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(),
                to.plusDays(2).atStartOfDay(ZoneOffset.UTC).toInstant());
        return loaded.stream()
                .filter(c -> {
                    var day = c.closedAt()
                            .atZone(storesById.get(c.storeId()).timeZone())
                            .toLocalDate();
                    return !day.isBefore(from) && !day.isAfter(to);
                })
                .toList();
    }

    private static YearMonth month(RecoveryCase c, Map<UUID, StoreRef> storesById) {
        return YearMonth.from(c.closedAt().atZone(storesById.get(c.storeId()).timeZone()));
    }

    private List<CauseReport.GroupCount> grouped(
            List<RecoveryCase> closed,
            Function<RecoveryCase, String> group,
            Map<UUID, Cause> causesById,
            boolean byMonth) {
        var counts = new TreeMap<String, Map<UUID, Long>>();
        closed.forEach(c -> c.causeIds()
                .forEach(cause -> counts.computeIfAbsent(group.apply(c), g -> new HashMap<>())
                        .merge(cause, 1L, Long::sum)));
        var rows = new ArrayList<CauseReport.GroupCount>();
        counts.forEach((name, ofGroup) -> ofGroup.entrySet().stream()
                .sorted(Map.Entry.<UUID, Long>comparingByValue().reversed())
                .forEach(count -> rows.add(new CauseReport.GroupCount(
                        name,
                        byMonth ? YearMonth.parse(name) : null,
                        causesById.get(count.getKey()),
                        count.getValue()))));
        return rows;
    }

    private Map<UUID, Cause> causesById() {
        var used = Set.copyOf(rootCauses.usedIds());
        return rootCauses.findAllByOrderByPositionAsc().stream()
                .collect(Collectors.toMap(
                        cause -> cause.getId(),
                        cause -> Causes.view(cause, used.contains(cause.getId())),
                        (a, b) -> a,
                        LinkedHashMap::new));
    }
}
