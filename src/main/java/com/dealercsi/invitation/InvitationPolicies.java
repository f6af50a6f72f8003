package com.dealercsi.invitation;

import com.dealercsi.admin.Stores;
import com.dealercsi.audit.AuditAction;
import com.dealercsi.audit.AuditTrail;
import com.dealercsi.invitation.internal.StorePolicy;
import com.dealercsi.invitation.internal.StorePolicyRepository;
import com.dealercsi.security.CurrentStaff;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The timing rules of each store: the {@code csi.invitation.*} defaults unless the store has its own. */
@Service
public class InvitationPolicies {

    private final StorePolicyRepository policies;
    private final InvitationProperties defaults;
    private final AuditTrail audit;
    private final Stores stores;

    InvitationPolicies(StorePolicyRepository policies, InvitationProperties defaults, AuditTrail audit, Stores stores) {
        this.audit = audit;
        this.stores = stores;
        this.policies = policies;
        this.defaults = defaults;
    }

    @Transactional(readOnly = true)
    public InvitationPolicy policyFor(UUID storeId) {
        var own = policies.findById(storeId);
        var delay = own.map(StorePolicy::delayMinutes).map(Duration::ofMinutes).orElse(defaults.delay());
        var quiet = own.filter(p -> p.quietStart() != null && p.quietEnd() != null)
                .map(p -> new QuietHours(p.quietStart(), p.quietEnd()))
                .orElse(new QuietHours(defaults.quietStart(), defaults.quietEnd()));
        var reminderHours = own.map(StorePolicy::reminderAfterHours);
        Optional<Duration> reminder = reminderHours.isPresent()
                ? Optional.of(Duration.ofHours(reminderHours.get())).filter(d -> !d.isZero())
                : Optional.of(defaults.reminderAfter()).filter(d -> defaults.reminderEnabled() && !d.isZero());
        return new InvitationPolicy(delay, quiet, reminder);
    }

    /**
     * Sets the store's own timing; a null keeps the default. A reminder after 0 hours means no reminder.
     *
     * @throws IllegalArgumentException when only one end of the quiet hours is given, or a delay is negative
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'STORE_MANAGER')")
    @Transactional
    public void override(
            UUID storeId,
            @Nullable Duration delay,
            @Nullable LocalTime quietStart,
            @Nullable LocalTime quietEnd,
            @Nullable Duration reminderAfter) {
        // a store manager changes their own stores only; the app itself (start-up, tests) acts as no member of staff
        if (CurrentStaff.get().isPresent()) {
            CurrentStaff.requireVisible(stores, storeId);
        }
        var policy = policies.findById(storeId).orElseGet(() -> new StorePolicy(storeId));
        policy.change(
                delay == null ? null : Math.toIntExact(delay.toMinutes()),
                quietStart,
                quietEnd,
                reminderAfter == null ? null : Math.toIntExact(reminderAfter.toHours()));
        policies.save(policy);
        var details = new java.util.TreeMap<String, String>();
        details.put("delay", delay == null ? "audit.value.default" : delay.toString());
        details.put("quietStart", quietStart == null ? "audit.value.default" : quietStart.toString());
        details.put("quietEnd", quietEnd == null ? "audit.value.default" : quietEnd.toString());
        details.put("reminderAfter", reminderAfter == null ? "audit.value.default" : reminderAfter.toString());
        audit.record(AuditAction.SETTINGS_CHANGED, storeId, "audit.setting.invitationPolicy", details);
    }
}
