package com.dealercsi.invitation;

import com.dealercsi.admin.Stores;
import com.dealercsi.invitation.internal.Invitation;
import com.dealercsi.invitation.internal.InvitationRepository;
import com.dealercsi.invitation.internal.OptOuts;
import com.dealercsi.security.CurrentStaff;
import com.dealercsi.shared.CsiProperties;
import com.dealercsi.shared.Hashing;
import com.dealercsi.shared.Language;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What others ask of invitations: the survey, which one a link belongs to and that it has now been answered;
 * the owner, to get no more mail; staff and the DMS, where each invitation stands.
 */
@Service
public class Invitations implements OwnerMailKind {

    private final InvitationRepository invitations;
    private final OptOuts optOuts;
    private final InvitationProperties properties;
    private final CsiProperties csi;
    private final Stores stores;
    private final InvitationPolicies policies;
    private final Clock clock;

    Invitations(
            InvitationRepository invitations,
            OptOuts optOuts,
            InvitationProperties properties,
            CsiProperties csi,
            Stores stores,
            InvitationPolicies policies,
            Clock clock) {
        this.stores = stores;
        this.policies = policies;
        this.invitations = invitations;
        this.optOuts = optOuts;
        this.properties = properties;
        this.csi = csi;
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

    /**
     * Marks the visit's invitation answered because staff took the answer on the phone, under the same row lock
     * as {@link #answer(String)}, so a phone answer and the owner's own cannot both get through. The owner's link
     * then shows "already answered" and no reminder goes out.
     *
     * @return the ticket as it was before; empty when the visit has no invitation (yet)
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<SurveyTicket> answerByPhone(UUID visitId) {
        return invitations.lockByVisitId(visitId).map(invitation -> {
            var now = clock.instant();
            var before = invitation.toTicket(now);
            if (invitation.state() != InvitationState.ANSWERED) {
                invitation.answerByPhone(now);
            }
            return before;
        });
    }

    /**
     * The owner behind this link gets no more survey mail from any store, from this moment: invitations still
     * waiting are skipped and reminders not yet queued are cancelled. Works from any link the owner got, also
     * an expired or answered one, and twice is the same as once.
     *
     * @return the language of the invitation, to confirm in; empty for an unknown link
     */
    @Override
    @Transactional
    public Optional<Language> optOut(String token) {
        var invitation = invitations.findByTokenHash(Hashing.sha256Hex(token));
        invitation.map(Invitation::emailHash).ifPresent(this::optOutHash);
        return invitation.map(Invitation::language);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<UUID> storeOf(String token) {
        return invitations.findByTokenHash(Hashing.sha256Hex(token)).map(Invitation::storeId);
    }

    /** The same for an address staff were given, e.g. by phone. */
    @PreAuthorize("hasAnyRole('ADMIN', 'STORE_MANAGER', 'CUSTOMER_SERVICE_MANAGER', 'CUSTOMER_SERVICE')")
    @Transactional
    public void optOutAddress(String email) {
        optOutHash(EmailAddresses.hash(email));
    }

    /**
     * The same for an owner who asked through another feature's personal link (the follow-up survey of a
     * recovery case), which has checked its own token; so no staff log-in is asked for here.
     */
    @Transactional
    public void optOutOwner(String email) {
        optOutHash(EmailAddresses.hash(email));
    }

    private void optOutHash(String emailHash) {
        var now = clock.instant();
        optOuts.optOutEmail(emailHash, now);
        for (var pending :
                invitations.lockPendingFor(emailHash, EnumSet.of(InvitationState.SCHEDULED, InvitationState.QUEUED))) {
            if (pending.state() == InvitationState.SENT) {
                pending.cancelReminder();
            } else {
                pending.skip(SkipReason.OPTED_OUT, now);
            }
        }
    }

    /**
     * A fresh personal link for the visit's pick-up sheet (its QR code), replacing any printed before; empty when
     * the invitation is answered or expired, or the visit is not one of the user's stores.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'STORE_MANAGER', 'CUSTOMER_SERVICE_MANAGER', 'CUSTOMER_SERVICE', 'ADVISOR')")
    @Transactional
    public Optional<CounterLink> printCounterLink(UUID visitId) {
        var mine = CurrentStaff.require().storeIds();
        return invitations
                .findByVisitId(visitId)
                .flatMap(found -> invitations.lockById(found.getId()))
                .filter(invitation -> mine.contains(invitation.storeId()))
                .filter(Invitation::canPrintCounterLink)
                .map(invitation -> {
                    var now = clock.instant();
                    var token = Hashing.randomToken(TOKEN_BYTES);
                    invitation.issueCounterLink(Hashing.sha256Hex(token), now, now.plus(properties.linkValidity()));
                    return new CounterLink(csi.link("/survey/" + token), invitation.expiresAt());
                });
    }

    /** A survey link printed for the counter, and until when it can be answered. */
    public record CounterLink(String url, java.time.@org.jspecify.annotations.Nullable Instant validUntil) {}

    /** 256 bits from a CSPRNG, as for the mailed links. */
    private static final int TOKEN_BYTES = 32;

    @Transactional(readOnly = true)
    public boolean isOptedOut(String email) {
        return optOuts.coversEmail(EmailAddresses.hash(email));
    }

    /** The invitations of these visits, by id: for a feature that keeps things by invitation, to erase them. */
    @Transactional(readOnly = true)
    public List<UUID> idsOfVisits(Collection<UUID> visitIds) {
        return visitIds.isEmpty() ? List.of() : invitations.findIdsByVisitIds(visitIds);
    }

    /** The invitation of a visit, for whoever may see the visit (callers check that). */
    @Transactional(readOnly = true)
    public Optional<InvitationStatus> statusOfVisit(UUID visitId) {
        return invitations.findByVisitId(visitId).map(Invitations::status);
    }

    /** The invitations of the staff member's stores in the given states, the latest due first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<InvitationStatus> page(Set<UUID> storeIds, Collection<InvitationState> states, int offset, int limit) {
        var stores = visibleStores(storeIds);
        if (stores.isEmpty() || states.isEmpty()) {
            return List.of();
        }
        var size = Math.max(limit, 1);
        return invitations.findPage(stores, states, PageRequest.of(offset / size, size)).stream()
                .map(Invitations::status)
                .toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long count(Set<UUID> storeIds, Collection<InvitationState> states) {
        var stores = visibleStores(storeIds);
        return stores.isEmpty() || states.isEmpty() ? 0 : invitations.countPage(stores, states);
    }

    /** Only the stores the logged-in member of staff is given, whatever the caller asked for. */
    private Set<UUID> visibleStores(Set<UUID> requested) {
        var mine = CurrentStaff.visibleStoreIds(stores);
        return requested.isEmpty()
                ? Set.copyOf(mine)
                : requested.stream().filter(mine::contains).collect(java.util.stream.Collectors.toSet());
    }

    private static InvitationStatus status(Invitation i) {
        return new InvitationStatus(
                i.getId(),
                i.visitId(),
                i.storeId(),
                i.state(),
                i.skipReason(),
                i.dueAt(),
                i.sentAt(),
                i.reminderDueAt(),
                i.remindedAt(),
                i.expiresAt(),
                i.answeredAt(),
                i.closedAt(),
                i.failure());
    }

    /** How many invitations went out to these stores in [from, to): the denominator of the response rate. */
    @Transactional(readOnly = true)
    public long countSent(Collection<UUID> storeIds, Instant from, Instant to) {
        return storeIds.isEmpty() ? 0 : invitations.countSent(storeIds, from, to);
    }

    /** Invitations sent in [from, to) per store; stores that sent none are absent. */
    @Transactional(readOnly = true)
    public java.util.Map<UUID, Long> countSentByStore(Collection<UUID> storeIds, Instant from, Instant to) {
        var counts = new java.util.HashMap<UUID, Long>();
        if (!storeIds.isEmpty()) {
            invitations.countSentByStore(storeIds, from, to).forEach(row -> counts.put((UUID) row[0], (Long) row[1]));
        }
        return counts;
    }

    /**
     * The invitations of every store that have not gone out yet, and what they wait for, earliest first. Counts
     * only (no owner's data), for the demo's Mailbox, which is open without a log-in.
     */
    @Transactional(readOnly = true)
    public List<WaitingInvitations> waiting() {
        var now = clock.instant();
        var waiting = new ArrayList<WaitingInvitations>();
        for (var row : invitations.countWaitingByStore(EnumSet.of(InvitationState.SCHEDULED, InvitationState.QUEUED))) {
            var storeId = (UUID) row[0];
            var count = (Long) row[2];
            var earliest = (Instant) row[3];
            var policy = policies.policyFor(storeId);
            if (row[1] == InvitationState.QUEUED) {
                waiting.add(
                        new WaitingInvitations(storeId, count, earliest, WaitingInvitations.Reason.SENDING, policy));
                continue;
            }
            var zone = stores.get(storeId).timeZone();
            var quiet = policy.quietHours();
            // the scheduler moves a mail due in the quiet hours to their end, so the minute before its due time is
            // quiet; one already due while quiet hours last is moved at the next tick
            var until = earliest.isAfter(now) ? earliest : quiet.nextAllowed(now, zone);
            var reason = !until.isAfter(now)
                    ? WaitingInvitations.Reason.SENDING // due: queued at the next tick
                    : quiet.contains(until.minusSeconds(60), zone)
                            ? WaitingInvitations.Reason.QUIET_HOURS
                            : !until.isAfter(now.plus(policy.delay()))
                                    ? WaitingInvitations.Reason.DELAY
                                    : WaitingInvitations.Reason.EARLIER_RULES;
            waiting.add(new WaitingInvitations(storeId, count, until, reason, policy));
        }
        waiting.sort(Comparator.comparing(WaitingInvitations::until));
        return waiting;
    }
}
