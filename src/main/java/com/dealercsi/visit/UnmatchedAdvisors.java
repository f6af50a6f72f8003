package com.dealercsi.visit;

import com.dealercsi.admin.Staff;
import com.dealercsi.admin.StaffRef;
import com.dealercsi.admin.Stores;
import com.dealercsi.security.CurrentStaff;
import com.dealercsi.visit.internal.AdvisorAlias;
import com.dealercsi.visit.internal.AdvisorAliasRepository;
import com.dealercsi.visit.internal.VisitRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Advisor names the DMS sent that are not (yet) a store's staff. Their visits are surveyed all the same; an
 * administrator says who each name is, and that visit, its answers and its scores, and every later visit under
 * that name, count for that advisor.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class UnmatchedAdvisors {

    /** A name as the DMS wrote it, in one store, with how many visits carry it. */
    public record Name(UUID storeId, String storeName, String name, long visits, Instant lastDelivered) {}

    private final VisitRepository visits;
    private final AdvisorAliasRepository aliases;
    private final Staff staff;
    private final Stores stores;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    UnmatchedAdvisors(
            VisitRepository visits,
            AdvisorAliasRepository aliases,
            Staff staff,
            Stores stores,
            ApplicationEventPublisher events,
            Clock clock) {
        this.visits = visits;
        this.aliases = aliases;
        this.staff = staff;
        this.stores = stores;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Name> names() {
        var visible = CurrentStaff.visibleStoreIds(stores);
        if (visible.isEmpty()) {
            return List.of();
        }
        return visits.unmatchedAdvisors(visible).stream()
                .map(row -> new Name(
                        row.getStoreId(),
                        stores.get(row.getStoreId()).name(),
                        row.getName(),
                        row.getVisits(),
                        row.getLastDelivered()))
                .toList();
    }

    /** The advisors a name can be matched to. */
    @Transactional(readOnly = true)
    public List<StaffRef> advisorsOf(UUID storeId) {
        CurrentStaff.requireVisible(stores, storeId);
        return staff.advisors(storeId);
    }

    /**
     * Matches the name to the advisor: its visits now, and later visits under that name as they come.
     *
     * @return how many visits now count for the advisor
     * @throws IllegalArgumentException when the staff member is not one of the store's active advisors
     */
    @Transactional
    public int match(UUID storeId, String name, UUID advisorId) {
        CurrentStaff.requireVisible(stores, storeId);
        var advisor = staff.findAdvisor(storeId, advisorId)
                .orElseThrow(() -> new IllegalArgumentException("Not an advisor of the store: " + advisorId));
        var key = AdvisorAlias.key(name);
        if (aliases.findByStoreIdAndNameKey(storeId, key).isEmpty()) {
            aliases.save(new AdvisorAlias(
                    storeId,
                    name,
                    advisor.id(),
                    clock.instant(),
                    CurrentStaff.require().getUsername()));
        }
        var named = visits.unmatchedNamed(storeId, key);
        for (var visit : named) {
            visit.matchAdvisor(advisor.id(), advisor.name());
            events.publishEvent(new VisitAdvisorMatched(visit.getId(), storeId, advisor.id(), advisor.name()));
        }
        return named.size();
    }
}
