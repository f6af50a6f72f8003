package com.dealercsi.privacy;

import com.dealercsi.admin.Role;
import java.util.Collection;
import java.util.Set;

/**
 * Why a member of staff needs an owner's contact in full, and who does that job (ADR 0052). A group manager and an
 * advisor do none of these, so they never see a contact in full.
 */
public enum RevealPurpose {
    /** Calling the owner back about their recovery case; the general manager takes escalated cases. */
    CASE(Set.of(
            Role.ADMIN,
            Role.GENERAL_MANAGER,
            Role.STORE_MANAGER,
            Role.CUSTOMER_SERVICE_MANAGER,
            Role.CUSTOMER_SERVICE)),
    /** A revisit call (回访) from the desk's list. */
    REVISIT_CALL(Set.of(Role.ADMIN, Role.STORE_MANAGER, Role.CUSTOMER_SERVICE_MANAGER, Role.CUSTOMER_SERVICE)),
    /** Taking the questionnaire's answers on the phone. */
    PHONE_SURVEY(Set.of(Role.ADMIN, Role.STORE_MANAGER, Role.CUSTOMER_SERVICE_MANAGER, Role.CUSTOMER_SERVICE));

    private final Set<Role> roles;

    RevealPurpose(Set<Role> roles) {
        this.roles = roles;
    }

    /** Whether someone holding these roles does this job. */
    public boolean allows(Collection<Role> held) {
        return held.stream().anyMatch(roles::contains);
    }

    public String messageKey() {
        return "privacy.purpose." + name();
    }
}
