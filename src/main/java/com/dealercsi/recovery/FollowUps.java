package com.dealercsi.recovery;

import com.dealercsi.admin.Role;
import com.dealercsi.admin.Staff;
import com.dealercsi.admin.StaffRef;
import com.dealercsi.admin.Stores;
import com.dealercsi.invitation.Invitations;
import com.dealercsi.invitation.OwnerMailKind;
import com.dealercsi.recovery.internal.FollowUpRepository;
import com.dealercsi.recovery.internal.FollowUpUnhappyMailDue;
import com.dealercsi.recovery.internal.RecoveryCaseRepository;
import com.dealercsi.shared.Hashing;
import com.dealercsi.shared.Language;
import com.dealercsi.topics.CommentSource;
import com.dealercsi.topics.CommentWritten;
import com.dealercsi.visit.Visits;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The owner's side of the follow-up survey, reached with the personal link from the mail and no account: what
 * the link opens, the one answer it takes, and the way out of all survey mail.
 */
@Service
public class FollowUps implements OwnerMailKind {

    private final FollowUpRepository followUps;
    private final RecoveryCaseRepository cases;
    private final Visits visits;
    private final Stores stores;
    private final Invitations invitations;
    private final Staff staff;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FollowUps(
            FollowUpRepository followUps,
            RecoveryCaseRepository cases,
            Visits visits,
            Stores stores,
            Invitations invitations,
            Staff staff,
            ApplicationEventPublisher events,
            Clock clock) {
        this.staff = staff;
        this.events = events;
        this.followUps = followUps;
        this.cases = cases;
        this.visits = visits;
        this.stores = stores;
        this.invitations = invitations;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public boolean linkExists(String token) {
        return followUps.findByTokenHash(Hashing.sha256Hex(token)).isPresent();
    }

    @Transactional(readOnly = true)
    public FollowUpOpening open(String token) {
        return followUps
                .findByTokenHash(Hashing.sha256Hex(token))
                .filter(followUp -> followUp.canBeAnswered(clock.instant()))
                .flatMap(followUp -> cases.findById(followUp.caseId()))
                .flatMap(closed -> visits.find(closed.visitId())
                        .map(visit -> (FollowUpOpening) new FollowUpOpening.Ready(
                                stores.get(closed.storeId()).name(),
                                visit.ownerName(),
                                visit.language(),
                                closed.storeId())))
                .orElseGet(FollowUpOpening.Unavailable::new);
    }

    /**
     * Stores the owner's answer and writes it into the case's history. The row lock makes two taps (or two
     * phones) wait for each other; the second finds the survey answered and stores nothing.
     *
     * @return whether the answer was stored; false for a used, expired or unknown link
     */
    @Transactional
    public boolean answer(String token, FollowUpAnswer answer) {
        var now = clock.instant();
        var found = followUps.lockByTokenHash(Hashing.sha256Hex(token)).filter(f -> f.canBeAnswered(now));
        if (found.isEmpty()) {
            return false;
        }
        var followUp = found.get();
        followUp.answer(answer, now);
        var closed = cases.lockById(followUp.caseId()).orElseThrow();
        var visit = visits.find(closed.visitId());
        var ownerName = visit.map(v -> v.ownerName()).orElse("–");
        closed.recordFollowUpAnswer(answer, new Actor(null, ownerName), now);
        if (answer.comment() != null) {
            // tagged later from the outbox: the owner does not wait for the topic tagger
            events.publishEvent(new CommentWritten(
                    CommentSource.FOLLOW_UP,
                    followUp.getId(),
                    closed.visitId(),
                    closed.storeId(),
                    visit.map(v -> v.language()).orElse(null),
                    answer.comment(),
                    now));
        }
        if (answer.madeRight() == MadeRight.NO) {
            tellCustomerService(closed.getId(), closed.storeId(), closed.ownerStaffId());
        }
        return true;
    }

    /**
     * A "no" is flagged on the case and mailed to whoever owns it and to the store's customer-service managers
     * (ADR 0023): they decide whether to call again; the case itself stays closed.
     */
    private void tellCustomerService(UUID caseId, UUID storeId, @Nullable UUID caseOwnerId) {
        var recipients = new LinkedHashMap<String, StaffRef>();
        staff.withAnyRole(storeId, RecoveryCases.POSSIBLE_OWNERS).stream()
                .filter(member ->
                        member.id().equals(caseOwnerId) || member.roles().contains(Role.CUSTOMER_SERVICE_MANAGER))
                .forEach(member -> recipients.putIfAbsent(member.email().toLowerCase(Locale.ROOT), member));
        recipients
                .values()
                .forEach(member ->
                        events.publishEvent(new FollowUpUnhappyMailDue(caseId, member.email(), member.language())));
    }

    /** The invitation module's opt-out, for the owner the follow-up survey of this link went to. */
    @Override
    @Transactional
    public Optional<Language> optOut(String token) {
        return followUps
                .findByTokenHash(Hashing.sha256Hex(token))
                .flatMap(followUp -> cases.findById(followUp.caseId()))
                .flatMap(closed -> visits.find(closed.visitId()))
                .map(visit -> {
                    invitations.optOutOwner(visit.email());
                    return visit.language();
                });
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<UUID> storeOf(String token) {
        return followUps
                .findByTokenHash(Hashing.sha256Hex(token))
                .flatMap(followUp -> cases.findById(followUp.caseId()))
                .map(closed -> closed.storeId());
    }
}
