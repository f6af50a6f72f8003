package com.dealercsi.reporting;

import com.dealercsi.admin.Role;
import com.dealercsi.admin.StoreRef;
import com.dealercsi.admin.Stores;
import com.dealercsi.security.CurrentStaff;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Whose data a report may contain. Administrators and group managers see every store; everybody else only
 * their stores; someone who is only an advisor sees only the responses of their own visits. Every reporting
 * query goes through this, so a request for another store's data simply finds nothing.
 */
record ReportingScope(List<StoreRef> stores, @Nullable UUID advisorId) {

    Set<UUID> storeIds() {
        return stores.stream().map(StoreRef::id).collect(Collectors.toSet());
    }

    boolean isEmpty() {
        return stores.isEmpty();
    }

    @Component
    static class Resolver {

        private final Stores allStores;

        Resolver(Stores allStores) {
            this.allStores = allStores;
        }

        List<StoreRef> visibleStores() {
            var visible = CurrentStaff.visibleStoreIds(allStores);
            return allStores.all().stream()
                    .filter(store -> visible.contains(store.id()))
                    .sorted(Comparator.comparing(StoreRef::name))
                    .toList();
        }

        ReportingScope resolve(Set<UUID> requestedStoreIds) {
            var user = CurrentStaff.require();
            var stores = visibleStores().stream()
                    .filter(store -> requestedStoreIds.isEmpty() || requestedStoreIds.contains(store.id()))
                    .toList();
            boolean onlyAdvisor = user.getAuthorities().stream()
                    .allMatch(a -> a.getAuthority().equals("ROLE_" + Role.ADVISOR));
            return new ReportingScope(stores, onlyAdvisor ? user.staffId() : null);
        }
    }
}
