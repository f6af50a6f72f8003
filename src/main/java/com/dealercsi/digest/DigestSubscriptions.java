package com.dealercsi.digest;

import com.dealercsi.digest.internal.DigestRecipients;
import com.dealercsi.digest.internal.Subscriptions;
import java.time.Clock;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member of staff turns their own Monday digest off and on again; nobody else may (the rule checks the id
 * against the signed-in principal, as {@code admin.AccountSettings} does).
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated() and #staffId == principal.staffId()")
public class DigestSubscriptions {

    private final Subscriptions subscriptions;
    private final DigestRecipients recipients;
    private final Clock clock;

    DigestSubscriptions(Subscriptions subscriptions, DigestRecipients recipients, Clock clock) {
        this.subscriptions = subscriptions;
        this.recipients = recipients;
        this.clock = clock;
    }

    /** Whether the digest is for them at all: managers with stores (ADR 0061); others see no switch. */
    @Transactional(readOnly = true)
    public boolean offered(UUID staffId) {
        return recipients.offeredTo(staffId);
    }

    @Transactional(readOnly = true)
    public boolean subscribed(UUID staffId) {
        return subscriptions.subscribed(staffId);
    }

    public void choose(UUID staffId, boolean subscribed) {
        subscriptions.choose(staffId, subscribed, clock.instant());
    }
}
