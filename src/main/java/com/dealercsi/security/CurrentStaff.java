package com.dealercsi.security;

import com.dealercsi.admin.StoreRef;
import com.dealercsi.admin.Stores;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/** The member of staff on whose behalf a service runs, for services that filter by store. */
public final class CurrentStaff {

    private CurrentStaff() {}

    public static Optional<StaffUser> get() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof StaffUser user
                ? Optional.of(user)
                : Optional.empty();
    }

    /** The stores the logged-in member of staff may see: all of them, or the ones they are given. */
    public static Set<UUID> visibleStoreIds(Stores stores) {
        var user = require();
        return user.seesAllStores()
                ? stores.all().stream().map(StoreRef::id).collect(Collectors.toSet())
                : user.storeIds();
    }

    /** The stores the logged-in member of staff may see, by name: what a store picker offers them. */
    public static List<StoreRef> visibleStores(Stores stores) {
        return byName(stores, visibleStoreIds(stores));
    }

    /** The given stores by name, for a service whose own rule says which stores a user may pick. */
    public static List<StoreRef> byName(Stores stores, Set<UUID> storeIds) {
        return stores.all().stream()
                .filter(store -> storeIds.contains(store.id()))
                .sorted(Comparator.comparing(StoreRef::name))
                .toList();
    }

    /**
     * Refuses a store the logged-in member of staff may not see; services check this themselves because a
     * request need not come from a screen that offered only their stores.
     */
    public static void requireVisible(Stores stores, UUID storeId) {
        requireAmong(visibleStoreIds(stores), storeId);
    }

    public static void requireAmong(Set<UUID> allowedStoreIds, UUID storeId) {
        if (!allowedStoreIds.contains(storeId)) {
            throw new AccessDeniedException("Not one of your stores");
        }
    }

    public static StaffUser require() {
        return get().orElseThrow(() -> new AccessDeniedException("Only logged-in staff may do this"));
    }
}
