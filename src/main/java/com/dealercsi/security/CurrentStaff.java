package com.dealercsi.security;

import com.dealercsi.admin.StoreRef;
import com.dealercsi.admin.Stores;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.core.context.SecurityContextHolder;

/** The member of staff on whose behalf a service runs, for services that filter by store. */
public final class CurrentStaff {

    private CurrentStaff() {
    }

    public static Optional<StaffUser> get() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof StaffUser user
                ? Optional.of(user) : Optional.empty();
    }

    /** The stores the logged-in member of staff may see: all of them, or the ones they are given. */
    public static Set<UUID> visibleStoreIds(Stores stores) {
        var user = require();
        return user.seesAllStores() ? stores.all().stream().map(StoreRef::id).collect(Collectors.toSet())
                : user.storeIds();
    }

    public static StaffUser require() {
        return get().orElseThrow(() -> new org.springframework.security.access.AccessDeniedException(
                "Only logged-in staff may do this"));
    }
}
