package com.dealercsi.recovery.internal;

import com.dealercsi.invitation.EmailAddresses;
import com.dealercsi.invitation.Invitations;
import com.dealercsi.recovery.CaseStatus;
import com.dealercsi.recovery.FollowUpCancelReason;
import com.dealercsi.visit.VisitSummary;
import com.dealercsi.visit.Visits;
import java.time.Clock;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands follow-up surveys whose day has come to the outbox, or cancels them when they should no longer go:
 * the case was reopened, the owner opted out meanwhile, or the address cannot be reached.
 */
@Component
public class FollowUpQueue {

    private static final int BATCH = 200;

    private final FollowUpRepository followUps;
    private final RecoveryCaseRepository cases;
    private final Visits visits;
    private final Invitations invitations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FollowUpQueue(
            FollowUpRepository followUps,
            RecoveryCaseRepository cases,
            Visits visits,
            Invitations invitations,
            ApplicationEventPublisher events,
            Clock clock) {
        this.followUps = followUps;
        this.cases = cases;
        this.visits = visits;
        this.invitations = invitations;
        this.events = events;
        this.clock = clock;
    }

    /** @return how many surveys were queued for mailing */
    @Transactional
    public int queueDue() {
        var now = clock.instant();
        int queued = 0;
        for (var due : followUps.lockDue(now, Limit.of(BATCH))) {
            var closed = cases.findById(due.caseId()).orElseThrow();
            var reason = reasonNotToSend(closed, visits.find(closed.visitId()).orElse(null), invitations);
            if (reason != null) {
                cancel(due, closed, reason, now);
            } else {
                due.queue(now);
                events.publishEvent(new FollowUpMailDue(due.getId()));
                queued++;
            }
        }
        return queued;
    }

    static void cancel(FollowUp followUp, RecoveryCase closed, FollowUpCancelReason reason, Instant now) {
        followUp.cancel(reason, now);
        closed.recordFollowUpCancelled(reason, now);
    }

    /** Checked when the survey is queued and again just before it is mailed. */
    static @Nullable FollowUpCancelReason reasonNotToSend(
            RecoveryCase closed, @Nullable VisitSummary visit, Invitations invitations) {
        if (closed.status() != CaseStatus.CLOSED) {
            return FollowUpCancelReason.CASE_REOPENED;
        }
        if (visit == null || !EmailAddresses.isDeliverable(visit.email())) {
            return FollowUpCancelReason.NO_EMAIL;
        }
        return invitations.isOptedOut(visit.email()) ? FollowUpCancelReason.OPTED_OUT : null;
    }
}
