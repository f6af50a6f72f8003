package com.dealercsi.invitation.internal;

import com.dealercsi.admin.Stores;
import com.dealercsi.invitation.EmailAddresses;
import com.dealercsi.invitation.InvitationDue;
import com.dealercsi.invitation.InvitationPolicies;
import com.dealercsi.invitation.InvitationProperties;
import com.dealercsi.invitation.InvitationState;
import com.dealercsi.invitation.ReminderDue;
import com.dealercsi.invitation.SkipReason;
import com.dealercsi.shared.database.RetryOnConflict;
import com.dealercsi.visit.VisitDelivered;
import com.dealercsi.visit.VisitSummary;
import com.dealercsi.visit.Visits;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives every delivered visit exactly one invitation (or records why it gets none), and on every tick queues
 * what is due: invitations whose delay has passed, reminders, and expiries. Queueing publishes an event in the
 * same transaction, so the outbox holds it from then on. Nothing is queued inside the store's quiet hours: it
 * is moved to their end.
 */
@Component
class InvitationScheduler {

    private static final int BATCH = 200;
    private static final int MAX_BATCHES_PER_TICK = 500;
    /** Every state in which the store has invited an address, or is about to. */
    private static final EnumSet<InvitationState> INVITED = EnumSet.of(
            InvitationState.SCHEDULED,
            InvitationState.QUEUED,
            InvitationState.SENT,
            InvitationState.REMINDED,
            InvitationState.ANSWERED,
            InvitationState.EXPIRED);

    private final InvitationRepository invitations;
    private final OptOuts optOuts;
    private final InvitationPolicies policies;
    private final InvitationProperties properties;
    private final Stores stores;
    private final Visits visits;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final ReentrantLock ticking = new ReentrantLock();

    InvitationScheduler(
            InvitationRepository invitations,
            OptOuts optOuts,
            InvitationPolicies policies,
            InvitationProperties properties,
            Stores stores,
            Visits visits,
            ApplicationEventPublisher events,
            Clock clock,
            PlatformTransactionManager transactionManager) {
        this.invitations = invitations;
        this.optOuts = optOuts;
        this.policies = policies;
        this.properties = properties;
        this.stores = stores;
        this.visits = visits;
        this.events = events;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
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
            invitations.save(Invitation.skipped(
                    visit.visitId(), visit.storeId(), visit.language(), emailHash, reason.get(), now));
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

    private Optional<SkipReason> skipReason(
            VisitDelivered visit, @org.jspecify.annotations.Nullable String emailHash, Instant now) {
        if (emailHash == null) {
            return Optional.of(SkipReason.NO_VALID_EMAIL);
        }
        // an erased owner who had opted out is known by the keys of their address and mobile only (ADR 0050)
        if (optOuts.covers(
                emailHash, visits.find(visit.visitId()).map(VisitSummary::phone).orElse(null))) {
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

    /**
     * Queues everything that is due, in batches of {@value #BATCH} with a commit each, until nothing is left:
     * one batch per tick capped sending at 200 mails per poll interval, about 7 a second, whatever SMTP could
     * take. One node ticks at a time (ShedLock); should two overlap all the same, the rows decide: on one server
     * SKIP LOCKED gives them different rows, on Galera the second commit of the same rows fails certification and
     * rolls back with its events.
     */
    @Scheduled(fixedDelayString = "${csi.invitation.poll-interval:PT30S}")
    @SchedulerLock(name = "invitation-tick", lockAtMostFor = "PT15M")
    @RetryOnConflict
    void scheduledTick() {
        tick();
    }

    /** A tick now, in this node, whether or not another node holds the scheduler lock. */
    public void tick() {
        // one tick at a time in this instance (a call from outside may meet the scheduled one); with SKIP LOCKED
        // a second tick would pass over the rows the first holds and stop early, leaving them to the next tick
        ticking.lock();
        try {
            var now = clock.instant();
            var zones = new HashMap<UUID, java.time.ZoneId>();
            drain(() -> queueDueInvitations(now, zones));
            drain(() -> queueDueReminders(now, zones));
            drain(() -> expireRunOut(now));
        } finally {
            ticking.unlock();
        }
    }

    /** Batch after batch while full ones come back; bounded, so a rule that leaves a row due cannot spin. */
    private void drain(java.util.function.IntSupplier batch) {
        for (int round = 0; round < MAX_BATCHES_PER_TICK; round++) {
            var done = transactions.execute(status -> batch.getAsInt());
            if (done == null || done < BATCH) {
                return;
            }
        }
    }

    private int queueDueInvitations(Instant now, java.util.Map<UUID, java.time.ZoneId> zones) {
        var due = invitations.lockDue(InvitationState.SCHEDULED, now, Limit.of(BATCH));
        for (var invitation : due) {
            var zone = zones.computeIfAbsent(
                    invitation.storeId(), id -> stores.get(id).timeZone());
            var quiet = policies.policyFor(invitation.storeId()).quietHours();
            if (optOuts.coversEmail(invitation.emailHash())) {
                invitation.skip(SkipReason.OPTED_OUT, now);
            } else if (quiet.contains(now, zone)) {
                invitation.postpone(quiet.nextAllowed(now, zone)); // the store changed its quiet hours meanwhile
            } else {
                invitation.queue();
                events.publishEvent(new InvitationDue(invitation.getId()));
            }
        }
        return due.size();
    }

    private int queueDueReminders(Instant now, java.util.Map<UUID, java.time.ZoneId> zones) {
        var due = invitations.lockRemindersDue(now, Limit.of(BATCH));
        for (var invitation : due) {
            var zone = zones.computeIfAbsent(
                    invitation.storeId(), id -> stores.get(id).timeZone());
            var quiet = policies.policyFor(invitation.storeId()).quietHours();
            if (!invitation.isReminderDue(now) || optOuts.coversEmail(invitation.emailHash())) {
                invitation.cancelReminder();
            } else if (quiet.contains(now, zone)) {
                invitation.postponeReminder(quiet.nextAllowed(now, zone));
            } else {
                invitation.queueReminder();
                events.publishEvent(new ReminderDue(invitation.getId()));
            }
        }
        return due.size();
    }

    private int expireRunOut(Instant now) {
        var runOut = invitations.lockRunOut(
                EnumSet.of(InvitationState.SENT, InvitationState.REMINDED), now, Limit.of(BATCH));
        runOut.forEach(invitation -> invitation.expire(now));
        return runOut.size();
    }
}
