package com.dealercsi.invitation.internal;

import com.dealercsi.invitation.InvitationState;
import com.dealercsi.invitation.SkipReason;
import com.dealercsi.invitation.SurveyTicket;
import com.dealercsi.shared.AggregateRoot;
import com.dealercsi.shared.Language;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The invitation of one visit, from scheduled to answered, expired, skipped or undeliverable. Only the hashes
 * of its links' tokens are kept: the invitation's and, once reminded, the reminder's, and both open the survey.
 */
@Entity
@Table(name = "invitation")
public class Invitation extends AggregateRoot {

    private static final int MAX_FAILURE = 300;

    private UUID visitId;
    private UUID storeId;

    @Enumerated(EnumType.STRING)
    private Language language;

    @Enumerated(EnumType.STRING)
    private InvitationState state = InvitationState.SCHEDULED;

    private @Nullable String emailHash;

    @Enumerated(EnumType.STRING)
    private @Nullable SkipReason skipReason;

    private Instant dueAt;
    private @Nullable Instant createdAt;
    private @Nullable Instant sentAt;
    private @Nullable Instant expiresAt;
    private @Nullable Instant reminderDueAt;
    private boolean reminderQueued;
    private @Nullable Instant remindedAt;
    private @Nullable Instant answeredAt;
    /** When it became expired, skipped or undeliverable. */
    private @Nullable Instant closedAt;

    private @Nullable String failure;
    private @Nullable String tokenHash;
    private @Nullable String reminderTokenHash;
    private @Nullable String counterTokenHash;

    @Version
    private int version;

    protected Invitation() {
        this(new UUID(0, 0), new UUID(0, 0), Language.ZH_CN, null, Instant.EPOCH, Instant.EPOCH);
    }

    public Invitation(
            UUID visitId, UUID storeId, Language language, @Nullable String emailHash, Instant dueAt, Instant now) {
        this.visitId = visitId;
        this.storeId = storeId;
        this.language = language;
        this.emailHash = emailHash;
        this.dueAt = dueAt;
        this.createdAt = now;
    }

    /** A visit that gets no mail, with the reason, so staff can see why. */
    public static Invitation skipped(
            UUID visitId, UUID storeId, Language language, @Nullable String emailHash, SkipReason reason, Instant now) {
        var invitation = new Invitation(visitId, storeId, language, emailHash, now, now);
        invitation.skip(reason, now);
        return invitation;
    }

    public boolean isDue(Instant now) {
        return state == InvitationState.SCHEDULED && !dueAt.isAfter(now);
    }

    /** Due during quiet hours: it waits for their end. */
    public void postpone(Instant until) {
        if (state != InvitationState.SCHEDULED) {
            throw new IllegalStateException("Only a scheduled invitation can be postponed, this one is " + state);
        }
        dueAt = until;
    }

    public void queue() {
        if (state != InvitationState.SCHEDULED) {
            throw new IllegalStateException("Only a scheduled invitation can be queued, this one is " + state);
        }
        state = InvitationState.QUEUED;
    }

    public boolean isQueued() {
        return state == InvitationState.QUEUED;
    }

    /** Before any mail went out: the owner opted out meanwhile, say. */
    public void skip(SkipReason reason, Instant now) {
        if (state != InvitationState.SCHEDULED && state != InvitationState.QUEUED) {
            throw new IllegalStateException("Only an invitation not yet sent can be skipped, this one is " + state);
        }
        this.skipReason = reason;
        this.state = InvitationState.SKIPPED;
        this.closedAt = now;
    }

    /** The mail with the link is going out now; a retry replaces the hash, so only the delivered link works. */
    public void send(String tokenHash, Instant now, Instant expiresAt, @Nullable Instant reminderDueAt) {
        if (state != InvitationState.QUEUED) {
            throw new IllegalStateException("Only a queued invitation can be sent, this one is " + state);
        }
        this.tokenHash = tokenHash;
        this.sentAt = now;
        this.expiresAt = expiresAt;
        this.reminderDueAt = reminderDueAt != null && reminderDueAt.isBefore(expiresAt) ? reminderDueAt : null;
        this.state = InvitationState.SENT;
    }

    public boolean isReminderDue(Instant now) {
        return state == InvitationState.SENT
                && !reminderQueued
                && reminderDueAt != null
                && !reminderDueAt.isAfter(now)
                && ticketStatus(now) == SurveyTicket.Status.OPEN;
    }

    public void postponeReminder(Instant until) {
        this.reminderDueAt = until;
    }

    /** No reminder after all, e.g. because the owner opted out. */
    public void cancelReminder() {
        if (!reminderQueued) {
            this.reminderDueAt = null;
        }
    }

    public void queueReminder() {
        if (state != InvitationState.SENT || reminderQueued) {
            throw new IllegalStateException("Only a sent, not yet reminded invitation gets a reminder");
        }
        reminderQueued = true;
    }

    public boolean isReminderQueued() {
        return reminderQueued && state == InvitationState.SENT;
    }

    /** The reminder carries its own link; the first mail's link keeps working too. */
    public void remind(String reminderTokenHash, Instant now) {
        if (!isReminderQueued()) {
            throw new IllegalStateException("No reminder is queued for this invitation, it is " + state);
        }
        this.reminderTokenHash = reminderTokenHash;
        this.remindedAt = now;
        this.state = InvitationState.REMINDED;
    }

    /** The mail server refused the address for good: no retry will change that. */
    public void undeliverable(String failure, Instant now) {
        if (EnumSet.of(InvitationState.ANSWERED, InvitationState.SKIPPED, InvitationState.EXPIRED)
                .contains(state)) {
            throw new IllegalStateException("A closed invitation cannot become undeliverable, this one is " + state);
        }
        this.failure = failure.length() > MAX_FAILURE ? failure.substring(0, MAX_FAILURE) : failure;
        this.state = InvitationState.UNDELIVERABLE;
        this.tokenHash = null;
        this.reminderTokenHash = null;
        this.reminderDueAt = null;
        this.closedAt = now;
    }

    public boolean isExpired(Instant now) {
        return (state == InvitationState.SENT || state == InvitationState.REMINDED)
                && expiresAt != null
                && !now.isBefore(expiresAt);
    }

    public void expire(Instant now) {
        if (!isExpired(now)) {
            throw new IllegalStateException("This invitation has not run out: " + state + " until " + expiresAt);
        }
        this.state = InvitationState.EXPIRED;
        this.reminderDueAt = null;
        this.closedAt = now;
    }

    public void answer(Instant now) {
        if (ticketStatus(now) != SurveyTicket.Status.OPEN) {
            throw new IllegalStateException("This invitation cannot be answered any more: " + ticketStatus(now));
        }
        this.answeredAt = now;
        this.reminderDueAt = null;
        this.state = InvitationState.ANSWERED;
    }

    /**
     * Staff took the answer on the phone. Unlike the owner's link this works whatever became of the mail (skipped,
     * undeliverable, expired): the owner is on the line. Only an answered invitation refuses.
     */
    public void answerByPhone(Instant now) {
        if (state == InvitationState.ANSWERED) {
            throw new IllegalStateException("This invitation is answered already");
        }
        this.answeredAt = now;
        this.reminderDueAt = null;
        this.state = InvitationState.ANSWERED;
    }

    /**
     * A link for the pick-up sheet's QR code, for an owner who answers at the counter: also before the mail went
     * out, and also when no mail will (no e-mail address, say). Printing again replaces it, so only the last
     * sheet printed works. Answering it ends the invitation: a mail still waiting is not sent.
     */
    public void issueCounterLink(String counterTokenHash, Instant now, Instant validUntil) {
        if (!COUNTER_STATES.contains(state)) {
            throw new IllegalStateException("An invitation that is " + state + " has no link to print");
        }
        this.counterTokenHash = counterTokenHash;
        if (expiresAt == null
                || expiresAt.isBefore(validUntil)
                        && state != InvitationState.SENT
                        && state != InvitationState.REMINDED) {
            this.expiresAt = validUntil;
        }
    }

    public boolean canPrintCounterLink() {
        return COUNTER_STATES.contains(state);
    }

    private static final EnumSet<InvitationState> COUNTER_STATES = EnumSet.of(
            InvitationState.SCHEDULED,
            InvitationState.QUEUED,
            InvitationState.SENT,
            InvitationState.REMINDED,
            InvitationState.SKIPPED,
            InvitationState.UNDELIVERABLE);

    public SurveyTicket.Status ticketStatus(Instant now) {
        if (state == InvitationState.ANSWERED) {
            return SurveyTicket.Status.ANSWERED;
        }
        var mailed = state == InvitationState.SENT || state == InvitationState.REMINDED;
        var printed = counterTokenHash != null && COUNTER_STATES.contains(state);
        if (!mailed && !printed) {
            return SurveyTicket.Status.EXPIRED;
        }
        return expiresAt == null || !now.isBefore(expiresAt) ? SurveyTicket.Status.EXPIRED : SurveyTicket.Status.OPEN;
    }

    public SurveyTicket toTicket(Instant now) {
        return new SurveyTicket(
                getId(), visitId, storeId, language, ticketStatus(now), expiresAt == null ? now : expiresAt);
    }

    public UUID visitId() {
        return visitId;
    }

    public UUID storeId() {
        return storeId;
    }

    public Language language() {
        return language;
    }

    public InvitationState state() {
        return state;
    }

    public @Nullable String emailHash() {
        return emailHash;
    }

    public @Nullable SkipReason skipReason() {
        return skipReason;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public @Nullable Instant createdAt() {
        return createdAt;
    }

    public @Nullable Instant sentAt() {
        return sentAt;
    }

    public @Nullable Instant expiresAt() {
        return expiresAt;
    }

    public @Nullable Instant reminderDueAt() {
        return reminderDueAt;
    }

    public @Nullable Instant remindedAt() {
        return remindedAt;
    }

    public @Nullable Instant answeredAt() {
        return answeredAt;
    }

    public @Nullable Instant closedAt() {
        return closedAt;
    }

    public @Nullable String failure() {
        return failure;
    }
}
