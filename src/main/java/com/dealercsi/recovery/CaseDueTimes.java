package com.dealercsi.recovery;

import com.dealercsi.admin.Role;
import com.dealercsi.admin.StoreRef;
import com.dealercsi.admin.Stores;
import com.dealercsi.audit.AuditAction;
import com.dealercsi.audit.AuditTrail;
import com.dealercsi.recovery.internal.StoreDueTimes;
import com.dealercsi.recovery.internal.StoreDueTimesRepository;
import com.dealercsi.security.CurrentStaff;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A store's case due times, set by its manager or an administrator; cases opened afterwards use them. */
@Service
@Transactional
@PreAuthorize("hasAnyRole('ADMIN', 'STORE_MANAGER')")
public class CaseDueTimes {

    private final StoreDueTimesRepository times;
    private final Stores stores;
    private final RecoveryProperties defaults;
    private final Clock clock;
    private final AuditTrail audit;

    CaseDueTimes(
            StoreDueTimesRepository times, Stores stores, RecoveryProperties defaults, Clock clock, AuditTrail audit) {
        this.audit = audit;
        this.times = times;
        this.stores = stores;
        this.defaults = defaults;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public DueTimes of(UUID storeId) {
        CurrentStaff.requireAmong(visibleStoreIds(), storeId);
        return times.timesOf(storeId, defaults);
    }

    /** The application's defaults ({@code csi.recovery.*}), for a store that wants them back. */
    public DueTimes defaults() {
        return DueTimes.of(defaults);
    }

    /** Stores the times if they have no problems; otherwise stores nothing and returns the problems. */
    public List<DueTimes.Problem> save(UUID storeId, DueTimes changed) {
        CurrentStaff.requireAmong(visibleStoreIds(), storeId);
        var problems = changed.problems();
        if (problems.isEmpty()) {
            var row = times.findById(storeId).orElseGet(() -> new StoreDueTimes(storeId));
            row.change(changed, CurrentStaff.require().displayName(), clock.instant());
            times.save(row);
            audit.record(
                    AuditAction.SETTINGS_CHANGED,
                    storeId,
                    "audit.setting.dueTimes",
                    java.util.Map.of(
                            "acknowledgeHours",
                            Integer.toString(changed.acknowledgeHours()),
                            "firstContactHours",
                            Integer.toString(changed.firstContactHours()),
                            "closeHours",
                            Integer.toString(changed.closeHours())));
        }
        return problems;
    }

    @Transactional(readOnly = true)
    public List<StoreRef> editableStores() {
        return CurrentStaff.byName(stores, visibleStoreIds());
    }

    /** Not {@link CurrentStaff#visibleStoreIds}: group managers see every store but set due times only for theirs. */
    private Set<UUID> visibleStoreIds() {
        var user = CurrentStaff.require();
        boolean admin =
                user.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_" + Role.ADMIN));
        return admin ? stores.all().stream().map(StoreRef::id).collect(Collectors.toSet()) : user.storeIds();
    }
}
