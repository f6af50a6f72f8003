package com.dealercsi.invitation.internal;

import com.dealercsi.invitation.InvitationDue;
import com.dealercsi.invitation.InvitationProperties;
import com.dealercsi.invitation.InvitationState;
import com.dealercsi.visit.VisitDelivered;
import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives every delivered visit exactly one invitation and queues it when the store's delay has passed.
 * Queueing publishes {@link InvitationDue} in the same transaction, so the outbox holds it from then on.
 */
@Component
class InvitationScheduler {

    private static final int BATCH = 200;

    private final InvitationRepository invitations;
    private final InvitationProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    InvitationScheduler(InvitationRepository invitations, InvitationProperties properties,
            ApplicationEventPublisher events, Clock clock) {
        this.invitations = invitations;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(VisitDelivered visit) {
        if (invitations.existsByVisitId(visit.visitId())) {
            return;
        }
        var invitation = new Invitation(visit.visitId(), visit.storeId(), visit.language(),
                visit.deliveredAt().plus(properties.delay()));
        if (invitation.isDue(clock.instant())) {
            invitation.queue();
            events.publishEvent(new InvitationDue(invitation.getId()));
        }
        invitations.save(invitation);
    }

    @Scheduled(fixedDelayString = "${csi.invitation.poll-interval:PT30S}")
    @Transactional
    public void queueDueInvitations() {
        for (var invitation : invitations.lockDue(InvitationState.SCHEDULED, clock.instant(), Limit.of(BATCH))) {
            invitation.queue();
            events.publishEvent(new InvitationDue(invitation.getId()));
        }
    }
}
