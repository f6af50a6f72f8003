package com.dealercsi.security;

import java.util.Optional;
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

    public static StaffUser require() {
        return get().orElseThrow(() -> new org.springframework.security.access.AccessDeniedException(
                "Only logged-in staff may do this"));
    }
}
