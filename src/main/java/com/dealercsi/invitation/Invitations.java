package com.dealercsi.invitation;

import com.dealercsi.invitation.internal.InvitationRepository;
import com.dealercsi.shared.Hashing;
import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** What the survey asks of invitations: which one a link belongs to, and that it has now been answered. */
@Service
public class Invitations {

    private final InvitationRepository invitations;
    private final Clock clock;

    Invitations(InvitationRepository invitations, Clock clock) {
        this.invitations = invitations;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<SurveyTicket> findByToken(String token) {
        return invitations.findByTokenHash(Hashing.sha256Hex(token)).map(i -> i.toTicket(clock.instant()));
    }

    /**
     * Marks the link used, holding a row lock until the caller's transaction ends, so of two simultaneous
     * submissions only one gets past this point.
     *
     * @return the ticket as it was before answering, so the caller can tell why it cannot be answered
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<SurveyTicket> answer(String token) {
        return invitations.lockByTokenHash(Hashing.sha256Hex(token)).map(invitation -> {
            var now = clock.instant();
            var before = invitation.toTicket(now);
            if (before.status() == SurveyTicket.Status.OPEN) {
                invitation.answer(now);
            }
            return before;
        });
    }
}
