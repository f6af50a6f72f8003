package com.dealercsi.recovery.internal;

import com.dealercsi.recovery.CaseRuleViolation;
import com.dealercsi.recovery.FollowUpAnswer;
import com.dealercsi.recovery.FollowUpCancelReason;
import com.dealercsi.recovery.FollowUpStatus;
import com.dealercsi.recovery.FollowUpSurvey;
import com.dealercsi.recovery.MadeRight;
import com.dealercsi.shared.AggregateRoot;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The "did we make it right?" survey of one closed case: scheduled at closing, queued on its day, mailed with a
 * personal link (only the link's hash is kept), answered once. Each state change is a named method that checks
 * where the survey stands, so a second run of the job or a second tap changes nothing.
 */
@Entity
@Table(name = "recovery_follow_up")
public class FollowUp extends AggregateRoot {

    private UUID caseId;
    private UUID storeId;

    @Enumerated(EnumType.STRING)
    private FollowUpStatus status;

    private Instant dueAt;
    private Instant scheduledAt;
    private @Nullable String tokenHash;
    private @Nullable Instant sentAt;
    private @Nullable Instant expiresAt;
    private @Nullable Instant cancelledAt;

    @Enumerated(EnumType.STRING)
    private @Nullable FollowUpCancelReason cancelReason;

    private @Nullable Instant answeredAt;

    @Enumerated(EnumType.STRING)
    private @Nullable MadeRight madeRight;

    private @Nullable Integer satisfaction;

    @Column(name = "answer_comment")
    private @Nullable String comment;

    @Version
    private int version;

    protected FollowUp() {
        this.caseId = new UUID(0, 0);
        this.storeId = caseId;
        this.status = FollowUpStatus.SCHEDULED;
        this.dueAt = Instant.EPOCH;
        this.scheduledAt = Instant.EPOCH;
    }

    public static FollowUp schedule(UUID caseId, UUID storeId, Instant dueAt, Instant now) {
        var followUp = new FollowUp();
        followUp.caseId = caseId;
        followUp.storeId = storeId;
        followUp.dueAt = dueAt;
        followUp.scheduledAt = now;
        return followUp;
    }

    public boolean isDue(Instant now) {
        return status == FollowUpStatus.SCHEDULED && !now.isBefore(dueAt);
    }

    /** Handed to the outbox; from here on only the mailer moves it on. */
    public void queue(Instant now) {
        require(isDue(now), "recovery.followUp.error.notDue");
        status = FollowUpStatus.QUEUED;
    }

    public boolean isQueued() {
        return status == FollowUpStatus.QUEUED;
    }

    public void send(String tokenHash, Instant now, Instant expiresAt) {
        require(isQueued(), "recovery.followUp.error.notQueued");
        this.tokenHash = tokenHash;
        this.sentAt = now;
        this.expiresAt = expiresAt;
        status = FollowUpStatus.SENT;
    }

    /** Not sent after all: only a survey that has not gone out can be cancelled. */
    public void cancel(FollowUpCancelReason reason, Instant now) {
        require(
                status == FollowUpStatus.SCHEDULED || status == FollowUpStatus.QUEUED,
                "recovery.followUp.error.notPending");
        status = FollowUpStatus.CANCELLED;
        cancelReason = reason;
        cancelledAt = now;
    }

    /**
     * The owner's mail server refused the address for good while the survey was being sent: the link reached
     * nobody, so it is stopped rather than retried.
     */
    public void undeliverable(Instant now) {
        require(status == FollowUpStatus.SENT && answeredAt == null, "recovery.followUp.error.notSent");
        status = FollowUpStatus.CANCELLED;
        cancelReason = FollowUpCancelReason.UNDELIVERABLE;
        cancelledAt = now;
        tokenHash = null;
    }

    /** Mailed, not answered, not run out. */
    public boolean canBeAnswered(Instant now) {
        return status == FollowUpStatus.SENT && expiresAt != null && now.isBefore(expiresAt);
    }

    public void answer(FollowUpAnswer answer, Instant now) {
        require(canBeAnswered(now), "recovery.followUp.error.notOpen");
        madeRight = answer.madeRight();
        satisfaction = answer.satisfaction();
        comment = answer.comment();
        answeredAt = now;
        status = FollowUpStatus.ANSWERED;
    }

    public @Nullable FollowUpAnswer answer() {
        return madeRight == null || satisfaction == null ? null : new FollowUpAnswer(madeRight, satisfaction, comment);
    }

    public FollowUpSurvey view() {
        return new FollowUpSurvey(status, dueAt, sentAt, expiresAt, cancelledAt, cancelReason, answeredAt, answer());
    }

    private static void require(boolean rule, String messageKey) {
        if (!rule) {
            throw new CaseRuleViolation(messageKey);
        }
    }

    public UUID caseId() {
        return caseId;
    }

    public UUID storeId() {
        return storeId;
    }

    public FollowUpStatus status() {
        return status;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public @Nullable Instant expiresAt() {
        return expiresAt;
    }
}
