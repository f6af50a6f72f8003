package com.dealercsi.digest.internal;

import com.dealercsi.admin.Staff;
import com.dealercsi.admin.StaffAccount;
import com.dealercsi.admin.Stores;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The members of staff the digest is for, with their stores and home zone ({@link DigestAudience}). */
@Component
public class DigestRecipients {

    private final Staff staff;
    private final Stores stores;
    private final Subscriptions subscriptions;

    DigestRecipients(Staff staff, Stores stores, Subscriptions subscriptions) {
        this.staff = staff;
        this.stores = stores;
        this.subscriptions = subscriptions;
    }

    /** Every active member of staff who gets the digest and has not turned it off. */
    List<Recipient> subscribed() {
        var all = stores.all();
        var off = subscriptions.unsubscribed();
        return staff.activeWithAnyRole(DigestAudience.CANDIDATES).stream()
                .filter(account -> !off.contains(account.id()))
                .flatMap(account -> DigestAudience.of(account.roles(), account.storeIds(), all).stream()
                        .map(audience -> new Recipient(account, audience)))
                .toList();
    }

    /** The member of staff, if they still get the digest: active, a manager, with stores, and subscribed. */
    Optional<Recipient> find(UUID staffId) {
        if (!subscriptions.subscribed(staffId)) {
            return Optional.empty();
        }
        return staff.account(staffId)
                .filter(StaffAccount::active)
                .flatMap(account -> DigestAudience.of(account.roles(), account.storeIds(), stores.all())
                        .map(audience -> new Recipient(account, audience)));
    }

    /** Whether the digest is meant for this member of staff at all, whatever they chose. */
    public boolean offeredTo(UUID staffId) {
        return staff.account(staffId)
                .filter(StaffAccount::active)
                .flatMap(account -> DigestAudience.of(account.roles(), account.storeIds(), stores.all()))
                .isPresent();
    }

    record Recipient(StaffAccount account, DigestAudience.Audience audience) {}
}
