package com.dealercsi.privacy;

import com.dealercsi.admin.Role;
import com.dealercsi.admin.Stores;
import com.dealercsi.audit.AuditAction;
import com.dealercsi.audit.AuditTrail;
import com.dealercsi.security.CurrentStaff;
import com.dealercsi.visit.Visits;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An owner's mobile or e-mail in full, for the member of staff whose job needs it now (ADR 0052). Every other
 * service hands out contacts masked; this is the one way to the full value, and each use is in the audit trail.
 */
@Service
public class OwnerContacts {

    private final Visits visits;
    private final Stores stores;
    private final AuditTrail trail;

    OwnerContacts(Visits visits, Stores stores, AuditTrail trail) {
        this.visits = visits;
        this.stores = stores;
        this.trail = trail;
    }

    /**
     * The contact in full, recorded as a {@link AuditAction#REVEAL} with the visit, the field and the purpose, never
     * the value.
     *
     * @throws AccessDeniedException for a role that does not do this job, or a visit outside the user's stores
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public String reveal(UUID visitId, ContactField field, RevealPurpose purpose) {
        if (!mayReveal(purpose)) {
            throw new AccessDeniedException("This job does not need the owner's contact in full");
        }
        var visit = visits.find(visitId).orElseThrow(() -> new AccessDeniedException("No such visit in your stores"));
        CurrentStaff.requireVisible(stores, visit.storeId());
        var details = new LinkedHashMap<String, String>();
        details.put("field", field.messageKey());
        details.put("purpose", purpose.messageKey());
        trail.record(AuditAction.REVEAL, visit.storeId(), visitId.toString(), details);
        return switch (field) {
            case MOBILE -> visit.phone();
            case EMAIL -> visit.email();
        };
    }

    /** Whether the signed-in member of staff may reveal for this purpose: a view offers the button only then. */
    public boolean mayReveal(RevealPurpose purpose) {
        return CurrentStaff.get().map(user -> purpose.allows(roles(user))).orElse(false);
    }

    private static Set<Role> roles(org.springframework.security.core.userdetails.User user) {
        var held = EnumSet.noneOf(Role.class);
        for (var role : Role.values()) {
            if (user.getAuthorities().stream().anyMatch(a -> ("ROLE_" + role.name()).equals(a.getAuthority()))) {
                held.add(role);
            }
        }
        return held;
    }
}
