package com.dealercsi.invitation.internal;

import com.dealercsi.admin.Stores;
import com.dealercsi.invitation.EmailAddresses;
import com.dealercsi.invitation.InvitationDue;
import com.dealercsi.invitation.InvitationPolicies;
import com.dealercsi.invitation.InvitationProperties;
import com.dealercsi.invitation.InvitationState;
import com.dealercsi.invitation.ReminderDue;
import com.dealercsi.invitation.SkipReason;
import com.dealercsi.visit.VisitDelivered;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives every delivered visit exactly one invitation (or records why it gets none), and on every tick queues
 * what is due: invitations whose delay has passed, reminders, and expiries. Queueing publishes an event in the
 * same transaction, so the outbox holds it from then on. Nothing is queued inside the store's quiet hours: it
 * is moved to their end.
 */
@Component
class InvitationScheduler {

    private static final int BATCH = 200;
    /** Every state in which the store has invited an address, or is about to. */
    private static final EnumSet<InvitationState> INVITED = EnumSet.of(InvitationState.SCHEDULED,
            InvitationState.QUEUED, InvitationState.SENT, InvitationState.REMINDED, InvitationState.ANSWERED,
            InvitationState.EXPIRED);

    private final InvitationRepository invitations;
    private final OptOutRepository optOuts;
    private final InvitationPolicies policies;
    private final InvitationProperties properties;
    private final Stores stores;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    InvitationScheduler(InvitationRepository invitations, OptOutRepository optOuts, InvitationPolicies policies,
            InvitationProperties properties, Stores stores, ApplicationEventPublisher events, Clock clock) {
        this.invitations = invitations;
        this.optOuts = optOuts;
        this.policies = policies;
        this.properties = properties;
        this.stores = stores;
        this.events = events;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(VisitDelivered visit) {
        if (invitations.existsByVisitId(visit.visitId())) {
            return; // redelivered by the outbox
        }
        var now = clock.instant();
        var deliverable = EmailAddresses.isDeliverable(visit.email());
        var emailHash = deliverable ? EmailAddresses.hash(visit.email()) : null;
        var reason = skipReason(visit, emailHash, now);
        if (reason.isPresent()) {
            invitations.save(Invitation.skipped(visit.visitId(), visit.storeId(), visit.language(), emailHash,
                    reason.get(), now));
            return;
        }
        var policy = policies.policyFor(visit.storeId());
        var zone = stores.get(visit.storeId()).timeZone();
        var wanted = visit.deliveredAt().plus(policy.delay());
        var dueAt = policy.quietHours().nextAllowed(wanted.isBefore(now) ? now : wanted, zone);
        var invitation = new Invitation(visit.visitId(), visit.storeId(), visit.language(), emailHash, dueAt, now);
        if (invitation.isDue(now)) {
            invitation.queue();
            events.publishEvent(new InvitationDue(invitation.getId()));
        }
        invitations.save(invitation);
    }

    private Optional<SkipReason> skipReason(VisitDelivered visit, @org.jspecify.annotations.Nullable String emailHash,
            Instant now) {
        if (emailHash == null) {
            return Optional.of(SkipReason.NO_VALID_EMAIL);
        }
        if (optOuts.existsById(emailHash)) {
            return Optional.of(SkipReason.OPTED_OUT);
        }
        if (visit.deliveredAt().plus(properties.maxVisitAge()).isBefore(now)) {
            return Optional.of(SkipReason.VISIT_TOO_OLD);
        }
        if (invitations.invitedSince(emailHash, visit.storeId(), INVITED, now.minus(properties.fatigueWindow()))) {
            return Optional.of(SkipReason.RECENTLY_INVITED);
        }
        return Optional.empty();
    }

    @Scheduled(fixedDelayString = "${csi.invitation.poll-interval:PT30S}")
    @Transactional
    public void tick() {
        var now = clock.instant();
        var zones = new HashMap<UUID, java.time.ZoneId>();
        for (var invitation : invitations.lockDue(InvitationState.SCHEDULED, now, Limit.of(BATCH))) {
            var zone = zones.computeIfAbsent(invitation.storeId(), id -> stores.get(id).timeZone());
            var quiet = policies.policyFor(invitation.storeId()).quietHours();
            if (invitation.emailHash() != null && optOuts.existsById(invitation.emailHash())) {
                invitation.skip(SkipReason.OPTED_OUT, now);
            } else if (quiet.contains(now, zone)) {
                invitation.postpone(quiet.nextAllowed(now, zone)); // the store changed its quiet hours meanwhile
            } else {
                invitation.queue();
                events.publishEvent(new InvitationDue(invitation.getId()));
            }
        }
        for (var invitation : invitations.lockRemindersDue(now, Limit.of(BATCH))) {
            var zone = zones.computeIfAbsent(invitation.storeId(), id -> stores.get(id).timeZone());
            var quiet = policies.policyFor(invitation.storeId()).quietHours();
            if (!invitation.isReminderDue(now)
                    || (invitation.emailHash() != null && optOuts.existsById(invitation.emailHash()))) {
                invitation.cancelReminder();
            } else if (quiet.contains(now, zone)) {
                invitation.postponeReminder(quiet.nextAllowed(now, zone));
            } else {
                invitation.queueReminder();
                events.publishEvent(new ReminderDue(invitation.getId()));
            }
        }
        for (var invitation : invitations.lockRunOut(EnumSet.of(InvitationState.SENT, InvitationState.REMINDED), now,
                Limit.of(BATCH))) {
            invitation.expire(now);
        }
    }
}
