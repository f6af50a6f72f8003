package com.dealercsi.plans;

import com.dealercsi.admin.Role;
import com.dealercsi.admin.Staff;
import com.dealercsi.admin.StaffRef;
import com.dealercsi.admin.StoreRef;
import com.dealercsi.admin.Stores;
import com.dealercsi.plans.internal.ActionPlan;
import com.dealercsi.plans.internal.ActionPlanRepository;
import com.dealercsi.plans.internal.PlanHistoryLine;
import com.dealercsi.reporting.FactorHistory;
import com.dealercsi.security.CurrentStaff;
import com.dealercsi.security.StaffUser;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Action plans. Store managers, customer-service managers, general and group managers and administrators open and
 * change plans of the stores they see; the member of staff a plan names as its owner may start and complete it.
 * Everybody sees the plans of the stores they manage and the plans they own, nothing else.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class ActionPlans {

    static final String MANAGERS =
            "hasAnyRole('ADMIN', 'GROUP_MANAGER', 'GENERAL_MANAGER', 'STORE_MANAGER', 'CUSTOMER_SERVICE_MANAGER')";

    /** Who opens and changes plans. */
    public static final Set<Role> MANAGING_ROLES = EnumSet.of(
            Role.ADMIN, Role.GROUP_MANAGER, Role.GENERAL_MANAGER, Role.STORE_MANAGER, Role.CUSTOMER_SERVICE_MANAGER);

    /** The most plans the dashboard's panel shows, newest first. */
    private static final int DASHBOARD_PLANS = 20;

    private static final ZoneId GROUP_ZONE = ZoneId.of("Asia/Shanghai");

    private final ActionPlanRepository plans;
    private final Stores stores;
    private final Staff staff;
    private final FactorHistory factors;
    private final Clock clock;

    ActionPlans(ActionPlanRepository plans, Stores stores, Staff staff, FactorHistory factors, Clock clock) {
        this.plans = plans;
        this.stores = stores;
        this.staff = staff;
        this.factors = factors;
        this.clock = clock;
    }

    /** Whether the current user opens plans (and so sees the "new plan" button and the dashboard's links). */
    public static boolean mayOpen() {
        return CurrentStaff.get().map(ActionPlans::isManager).orElse(false);
    }

    /** The stores the user may open plans for, by name. */
    @PreAuthorize(MANAGERS)
    public List<StoreRef> storesForNewPlans() {
        return CurrentStaff.byName(stores, managedStoreIds());
    }

    /** The stores the plan list offers as a filter: those managed and those of the plans the user owns. */
    public List<StoreRef> storesToFilter() {
        return CurrentStaff.visibleStores(stores);
    }

    /** The store's active staff, any role, by name: who may own a plan. */
    @PreAuthorize(MANAGERS)
    public List<StaffRef> possibleOwners(UUID storeId) {
        CurrentStaff.requireAmong(managedStoreIds(), storeId);
        return staff.withAnyRole(storeId, EnumSet.allOf(Role.class)).stream()
                .sorted(Comparator.comparing(StaffRef::name))
                .toList();
    }

    /**
     * Opens a plan.
     *
     * @throws PlanRuleViolation with every reason when the plan is incomplete or its due date has passed
     */
    @Transactional
    @PreAuthorize(MANAGERS)
    public UUID open(NewPlan request) {
        CurrentStaff.requireAmong(managedStoreIds(), request.storeId());
        var store = stores.get(request.storeId());
        var subject = PlanSubject.of(request.kind(), request.code(), request.factor());
        var owner = owner(request.storeId(), request.ownerStaffId());
        var plan = ActionPlan.open(
                store.id(),
                subject,
                request.problem(),
                request.measures(),
                owner,
                request.dueDate(),
                today(store.timeZone()),
                actor(),
                clock.instant());
        return plans.save(plan).getId();
    }

    /** Changes what is wrong, the measures and the owner of a running plan. */
    @Transactional
    @PreAuthorize(MANAGERS)
    public void revise(UUID planId, String problem, String measures, UUID ownerStaffId) {
        var plan = managed(planId);
        plan.revise(problem, measures, owner(plan.storeId(), ownerStaffId), actor(), clock.instant());
    }

    /** The owner (or a manager) starts the measures. */
    @Transactional
    public void start(UUID planId) {
        ownedOrManaged(planId).start(actor(), clock.instant());
    }

    /** The owner (or a manager) says the plan is done and what came of it. */
    @Transactional
    public void complete(UUID planId, String result) {
        ownedOrManaged(planId).complete(result, actor(), clock.instant());
    }

    @Transactional
    @PreAuthorize(MANAGERS)
    public void cancel(UUID planId, String reason) {
        managed(planId).cancel(reason, actor(), clock.instant());
    }

    @Transactional
    @PreAuthorize(MANAGERS)
    public void changeDue(UUID planId, LocalDate dueDate) {
        var plan = managed(planId);
        plan.changeDue(dueDate, today(stores.get(plan.storeId()).timeZone()), actor(), clock.instant());
    }

    /** The plans the user manages or owns, running ones first, soonest due first. */
    public List<PlanRow> find(PlanFilter filter, int offset, int limit) {
        var user = CurrentStaff.require();
        int size = Math.max(1, limit);
        return plans
                .find(
                        orNone(managedStoreIds()),
                        user.staffId(),
                        filter.storeId(),
                        filter.status(),
                        filter.overdueOnly(),
                        ActionPlanRepository.ACTIVE,
                        today(zoneOf(filter.storeId())),
                        PageRequest.of(offset / size, size))
                .stream()
                .map(this::row)
                .toList();
    }

    public long count(PlanFilter filter) {
        var user = CurrentStaff.require();
        return plans.count(
                orNone(managedStoreIds()),
                user.staffId(),
                filter.storeId(),
                filter.status(),
                filter.overdueOnly(),
                ActionPlanRepository.ACTIVE,
                today(zoneOf(filter.storeId())));
    }

    /** A plan in full, when the user manages its store or owns it. */
    public Optional<PlanDetails> get(UUID planId) {
        var user = CurrentStaff.require();
        return plans.findById(planId)
                .filter(plan -> mayManage(user, plan) || isOwner(user, plan))
                .map(plan -> details(user, plan));
    }

    /**
     * The dashboard's plans: those running in these stores, and those completed since {@code since} (the
     * dashboard period's first day), each with its before/after.
     */
    public List<PlanEffect> effects(Set<UUID> storeIds, LocalDate since) {
        var user = CurrentStaff.require();
        if (!isManager(user)) {
            return List.of();
        }
        var ids = storeIds.stream().filter(managedStoreIds()::contains).collect(Collectors.toSet());
        if (ids.isEmpty()) {
            return List.of();
        }
        return plans
                .runningOrDoneSince(
                        ids,
                        ActionPlanRepository.ACTIVE,
                        since.atStartOfDay(GROUP_ZONE).toInstant(),
                        Limit.of(DASHBOARD_PLANS))
                .stream()
                .map(plan -> new PlanEffect(row(plan), beforeAfter(plan)))
                .toList();
    }

    private PlanDetails details(StaffUser user, ActionPlan plan) {
        boolean manage = mayManage(user, plan);
        boolean own = isOwner(user, plan);
        var allowed = EnumSet.noneOf(PlanAction.class);
        if (plan.status() == PlanStatus.OPEN && (manage || own)) {
            allowed.add(PlanAction.START);
        }
        if (plan.status().isActive() && (manage || own)) {
            allowed.add(PlanAction.COMPLETE);
        }
        if (plan.status().isActive() && manage) {
            allowed.add(PlanAction.CANCEL);
            allowed.add(PlanAction.CHANGE_DUE);
            allowed.add(PlanAction.REVISE);
        }
        return new PlanDetails(
                row(plan),
                plan.problem(),
                plan.measures(),
                plan.ownerStaffId(),
                plan.openedAt(),
                plan.openedBy(),
                plan.startedAt(),
                plan.finishedAt(),
                plan.resultNote(),
                plan.history().stream().map(PlanHistoryLine::toChange).toList(),
                beforeAfter(plan),
                allowed);
    }

    /** The subject factor's score in the plan's store since it was opened, against as many days before. */
    private BeforeAfter beforeAfter(ActionPlan plan) {
        var zone = stores.get(plan.storeId()).timeZone();
        var opened = plan.openedAt().atZone(zone).toLocalDate();
        var end = plan.finishedAt() == null
                ? today(zone)
                : plan.finishedAt().atZone(zone).toLocalDate();
        var periods = BeforeAfter.periods(plan.subject().factor(), opened, end);
        var before = factors.score(
                plan.storeId(),
                periods.factor(),
                periods.before().from(),
                periods.before().to());
        var after = factors.score(
                plan.storeId(),
                periods.factor(),
                periods.after().from(),
                periods.after().to());
        return periods.withFigures(before.score(), before.answers(), after.score(), after.answers());
    }

    private PlanRow row(ActionPlan plan) {
        var store = stores.get(plan.storeId());
        return new PlanRow(
                plan.getId(),
                store.id(),
                store.name(),
                store.timeZone(),
                plan.subject(),
                plan.status(),
                plan.ownerName(),
                plan.dueDate(),
                plan.isOverdue(today(store.timeZone())));
    }

    private ActionPlan.@Nullable Owner owner(UUID storeId, @Nullable UUID staffId) {
        if (staffId == null) {
            return null;
        }
        return staff.withAnyRole(storeId, EnumSet.allOf(Role.class)).stream()
                .filter(member -> member.id().equals(staffId))
                .findFirst()
                .map(member -> new ActionPlan.Owner(member.id(), member.name()))
                .orElseThrow(() -> new PlanRuleViolation("owner", "plans.error.ownerNotOfStore"));
    }

    private ActionPlan managed(UUID planId) {
        var user = CurrentStaff.require();
        var plan = plans.findById(planId).orElseThrow(() -> new AccessDeniedException("No such plan"));
        if (!mayManage(user, plan)) {
            throw new AccessDeniedException("Not one of your stores");
        }
        return plan;
    }

    private ActionPlan ownedOrManaged(UUID planId) {
        var user = CurrentStaff.require();
        var plan = plans.findById(planId).orElseThrow(() -> new AccessDeniedException("No such plan"));
        if (!mayManage(user, plan) && !isOwner(user, plan)) {
            throw new AccessDeniedException("Neither your store's plan nor your own");
        }
        return plan;
    }

    private boolean mayManage(StaffUser user, ActionPlan plan) {
        return isManager(user) && managedStoreIds().contains(plan.storeId());
    }

    private static boolean isOwner(StaffUser user, ActionPlan plan) {
        return user.staffId().equals(plan.ownerStaffId());
    }

    /** Managers: the stores they see (all of them for administrators and group managers); others: none. */
    private Set<UUID> managedStoreIds() {
        var user = CurrentStaff.require();
        return isManager(user) ? CurrentStaff.visibleStoreIds(stores) : Set.of();
    }

    private static boolean isManager(StaffUser user) {
        return user.getAuthorities().stream()
                .anyMatch(a -> MANAGING_ROLES.stream()
                        .anyMatch(role -> a.getAuthority().equals("ROLE_" + role.name())));
    }

    private ActionPlan.Actor actor() {
        var user = CurrentStaff.require();
        return new ActionPlan.Actor(user.displayName(), user.staffId());
    }

    private LocalDate today(ZoneId zone) {
        return clock.instant().atZone(zone).toLocalDate();
    }

    /** "Overdue" in the list is counted in the chosen store's zone, else the group's (one country, one zone). */
    private ZoneId zoneOf(@Nullable UUID storeId) {
        return storeId == null ? GROUP_ZONE : stores.get(storeId).timeZone();
    }

    /** An empty {@code in ()} is not valid SQL: a store id no store has stands for "none". */
    private static Set<UUID> orNone(Set<UUID> ids) {
        return ids.isEmpty() ? Set.of(new UUID(0, 0)) : ids;
    }
}
