package com.dealercsi.recovery.internal;

import com.dealercsi.alerting.AlertLevel;
import com.dealercsi.recovery.Actor;
import com.dealercsi.recovery.CaseAction;
import com.dealercsi.recovery.CaseRuleViolation;
import com.dealercsi.recovery.CaseStatus;
import com.dealercsi.recovery.ContactChannel;
import com.dealercsi.recovery.ContactResult;
import com.dealercsi.recovery.DueTimes;
import com.dealercsi.recovery.FollowUpAnswer;
import com.dealercsi.recovery.FollowUpCancelReason;
import com.dealercsi.recovery.FollowUpOutcome;
import com.dealercsi.recovery.RecoveryProperties;
import com.dealercsi.recovery.RecoveryStep;
import com.dealercsi.shared.AggregateRoot;
import com.dealercsi.shared.Money;
import com.dealercsi.shared.Texts;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A service-recovery case: one per red or amber alert. Every change goes through a named method that checks
 * the rules and writes a line into the audit trail; nothing on a case is ever deleted.
 */
@Entity
@Table(name = "recovery_case")
public class RecoveryCase extends AggregateRoot {

    /** Amber cases are the mild ones: apology and fix suffice. Red ones need empathy and atonement too. */
    private static final Set<RecoveryStep> MILD_STEPS = EnumSet.of(RecoveryStep.APOLOGY, RecoveryStep.FIX);

    private static final Set<RecoveryStep> FULL_STEPS =
            EnumSet.of(RecoveryStep.APOLOGY, RecoveryStep.FIX, RecoveryStep.EMPATHY, RecoveryStep.ATONEMENT);

    private UUID alertId;
    private UUID responseId;
    private UUID visitId;
    private UUID storeId;

    @Enumerated(EnumType.STRING)
    @Column(name = "alert_level")
    private AlertLevel level;

    @Enumerated(EnumType.STRING)
    private CaseStatus status;

    private @Nullable UUID ownerStaffId;
    private @Nullable String ownerName;
    private String advisorName;
    private Instant openedAt;
    private Instant acknowledgeDue;
    private Instant firstContactDue;
    private Instant closeDue;
    private @Nullable Instant acknowledgedAt;
    private @Nullable Instant firstContactAt;
    private @Nullable Instant closedAt;

    @Enumerated(EnumType.STRING)
    private @Nullable FollowUpOutcome outcome;

    /** The CSI (1000-point) and overall satisfaction (1–10) of the answer that opened the case, kept at closing. */
    private @Nullable Double answerCsi;

    private @Nullable Integer answerOverall;

    @ElementCollection
    @CollectionTable(name = "recovery_case_cause", joinColumns = @JoinColumn(name = "case_id"))
    @Column(name = "cause_id")
    private Set<UUID> causeIds = new LinkedHashSet<>();

    private @Nullable Instant acknowledgeEscalatedAt;
    private @Nullable Instant closeEscalatedAt;

    @Version
    private int version;

    @OneToMany(cascade = CascadeType.ALL)
    @JoinColumn(name = "case_id", nullable = false, updatable = false)
    @OrderBy("doneAt")
    private List<StepRecord> steps = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL)
    @JoinColumn(name = "case_id", nullable = false, updatable = false)
    @OrderBy("attemptedAt")
    private List<ContactAttempt> attempts = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL)
    @JoinColumn(name = "case_id", nullable = false, updatable = false)
    @OrderBy("position")
    private List<AuditEntry> audit = new ArrayList<>();

    protected RecoveryCase() {
        this.alertId = new UUID(0, 0);
        this.responseId = alertId;
        this.visitId = alertId;
        this.storeId = alertId;
        this.level = AlertLevel.AMBER;
        this.status = CaseStatus.OPEN;
        this.advisorName = "";
        this.openedAt = Instant.EPOCH;
        this.acknowledgeDue = Instant.EPOCH;
        this.firstContactDue = Instant.EPOCH;
        this.closeDue = Instant.EPOCH;
    }

    /** Opens the case of an alert; red and amber alerts open one, info alerts do not. */
    public static RecoveryCase open(
            UUID alertId,
            UUID responseId,
            UUID visitId,
            UUID storeId,
            AlertLevel level,
            String advisorName,
            @Nullable Actor owner,
            RecoveryProperties times,
            Instant now) {
        return open(
                alertId,
                responseId,
                visitId,
                storeId,
                level,
                advisorName,
                owner,
                times.acknowledgeWithin(),
                times.firstContactWithin(),
                times.closeWithin(),
                now);
    }

    /** The same with the store's own due times. */
    public static RecoveryCase open(
            UUID alertId,
            UUID responseId,
            UUID visitId,
            UUID storeId,
            AlertLevel level,
            String advisorName,
            @Nullable Actor owner,
            DueTimes times,
            Instant now) {
        return open(
                alertId,
                responseId,
                visitId,
                storeId,
                level,
                advisorName,
                owner,
                times.acknowledgeWithin(),
                times.firstContactWithin(),
                times.closeWithin(),
                now);
    }

    private static RecoveryCase open(
            UUID alertId,
            UUID responseId,
            UUID visitId,
            UUID storeId,
            AlertLevel level,
            String advisorName,
            @Nullable Actor owner,
            Duration acknowledgeWithin,
            Duration firstContactWithin,
            Duration closeWithin,
            Instant now) {
        if (!level.opensCase()) {
            throw new IllegalArgumentException("An " + level + " alert opens no case");
        }
        var opened = new RecoveryCase();
        opened.alertId = alertId;
        opened.responseId = responseId;
        opened.visitId = visitId;
        opened.storeId = storeId;
        opened.level = level;
        opened.status = CaseStatus.OPEN;
        opened.advisorName = advisorName;
        opened.ownerStaffId = owner == null ? null : owner.staffId();
        opened.ownerName = owner == null ? null : owner.name();
        opened.openedAt = now;
        opened.acknowledgeDue = now.plus(acknowledgeWithin);
        opened.firstContactDue = now.plus(firstContactWithin);
        opened.closeDue = now.plus(closeWithin);
        opened.record(now, Actor.SYSTEM, "OPENED", level.name() + (owner == null ? "" : " → " + owner.name()));
        return opened;
    }

    public void acknowledge(Actor by, Instant now) {
        require(status == CaseStatus.OPEN, "recovery.error.notOpen");
        status = CaseStatus.ACKNOWLEDGED;
        acknowledgedAt = now;
        record(now, by, "ACKNOWLEDGED", "");
    }

    /** Logging a call on an open case acknowledges it: whoever calls the owner has seen the case. */
    public void logAttempt(ContactChannel channel, ContactResult result, String note, Actor by, Instant now) {
        requireNotClosed();
        if (status == CaseStatus.OPEN) {
            acknowledge(by, now);
        }
        attempts.add(new ContactAttempt(now, channel, result, note.strip(), by.name()));
        if (result.successful() && firstContactAt == null) {
            firstContactAt = now;
        }
        record(now, by, "ATTEMPT", channel + " · " + result + (note.isBlank() ? "" : " · " + note.strip()));
    }

    /** Records one of the first four steps (the fifth, follow-up, is recorded by closing). */
    public void recordStep(
            RecoveryStep step,
            String note,
            @Nullable String newRoNumber,
            @Nullable String atonementWhat,
            @Nullable BigDecimal atonementValueCny,
            Actor by,
            Instant now) {
        require(
                status == CaseStatus.ACKNOWLEDGED || status == CaseStatus.IN_RECOVERY,
                status == CaseStatus.OPEN ? "recovery.error.acknowledgeFirst" : "recovery.error.closed");
        require(step != RecoveryStep.FOLLOW_UP, "recovery.error.followUpByClosing");
        require(!note.isBlank(), "recovery.error.noteRequired", "note");
        String ro = step == RecoveryStep.FIX ? blankToNull(newRoNumber) : null;
        String what = null;
        BigDecimal value = null;
        if (step == RecoveryStep.ATONEMENT) {
            what = blankToNull(atonementWhat);
            require(what != null, "recovery.error.atonementWhat", "atonementWhat");
            require(
                    atonementValueCny != null && atonementValueCny.signum() >= 0,
                    "recovery.error.atonementValue",
                    "atonementValue");
            value = atonementValueCny;
        }
        if (status == CaseStatus.ACKNOWLEDGED) {
            status = CaseStatus.IN_RECOVERY;
            record(now, by, "IN_RECOVERY", "");
        }
        var existing = step(step);
        if (existing.isPresent()) {
            existing.get().update(note.strip(), ro, what, value, now, by.name());
        } else {
            steps.add(new StepRecord(step, note.strip(), ro, what, value, now, by.name()));
        }
        record(
                now,
                by,
                "STEP_" + step.name(),
                Texts.dotted(java.util.Arrays.asList(
                        note.strip(),
                        ro == null ? "" : "RO " + ro,
                        what == null ? "" : what,
                        value == null ? "" : Money.cny(value))));
    }

    /**
     * Closes the case with the follow-up call's outcome and the root causes found. Red and amber cases need at least
     * one cause, and only causes still offered (not retired) may be chosen; a lower level would close without.
     */
    public void close(
            FollowUpOutcome outcome,
            String note,
            Collection<RootCause> causes,
            @Nullable AnswerScores answer,
            Actor by,
            Instant now) {
        require(
                status == CaseStatus.IN_RECOVERY,
                status.isClosed() ? "recovery.error.closed" : "recovery.error.stepsMissing");
        require(missingSteps().isEmpty(), "recovery.error.stepsMissing");
        require(!note.isBlank(), "recovery.error.followUpNoteRequired", "note");
        require(!causes.isEmpty() || !needsCause(), "causes.error.required", "causes");
        require(causes.stream().noneMatch(RootCause::isRetired), "causes.error.retired", "causes");
        steps.add(new StepRecord(RecoveryStep.FOLLOW_UP, note.strip(), null, null, null, now, by.name()));
        this.outcome = outcome;
        status = CaseStatus.CLOSED;
        closedAt = now;
        if (answer != null) {
            answerCsi = answer.csi();
            answerOverall = answer.overall();
        }
        record(now, by, "CLOSED", outcome + " · " + note.strip());
        if (!causes.isEmpty()) {
            causes.forEach(cause -> causeIds.add(cause.getId()));
            record(
                    now,
                    by,
                    "CAUSES",
                    String.join(" · ", causes.stream().map(RootCause::code).toList()));
        }
    }

    /** Red and amber cases are closed with their root causes; every case opened today is one of them. */
    public boolean needsCause() {
        return level == AlertLevel.RED || level == AlertLevel.AMBER;
    }

    /** What the answer that opened the case scored, as the case keeps it for the cause reports. */
    public record AnswerScores(
            @Nullable Double csi, @Nullable Integer overall) {}

    /** Closing can ask the owner, some days later, whether recovery worked; only a case closed with an outcome. */
    public void scheduleFollowUp(Instant dueAt, Actor by, Instant now) {
        require(status == CaseStatus.CLOSED, "recovery.error.followUpNeedsClosed");
        record(now, by, "FOLLOW_UP_SCHEDULED", "");
    }

    public void recordFollowUpSent(Instant now) {
        record(now, Actor.SYSTEM, "FOLLOW_UP_SENT", "");
    }

    public void recordFollowUpCancelled(FollowUpCancelReason reason, Instant now) {
        record(now, Actor.SYSTEM, "FOLLOW_UP_CANCELLED", reason.name());
    }

    /** The owner's own answer, in their words, signed with their name. */
    public void recordFollowUpAnswer(FollowUpAnswer answer, Actor owner, Instant now) {
        record(
                now,
                owner,
                "FOLLOW_UP_ANSWERED",
                answer.madeRight() + " · " + answer.satisfaction() + "/" + FollowUpAnswer.MAX
                        + (answer.comment() == null ? "" : " · " + answer.comment()));
    }

    public void closeUnreachable(Actor by, Instant now) {
        requireNotClosed();
        require(unsuccessfulAttempts() >= CaseAction.UNREACHABLE_AFTER_ATTEMPTS, "recovery.error.notEnoughAttempts");
        status = CaseStatus.CLOSED_UNREACHABLE;
        closedAt = now;
        record(now, by, "CLOSED_UNREACHABLE", String.valueOf(unsuccessfulAttempts()));
    }

    public void reassign(Actor newOwner, Actor by, Instant now) {
        requireNotClosed();
        require(newOwner.staffId() != null && !newOwner.staffId().equals(ownerStaffId), "recovery.error.sameOwner");
        ownerStaffId = newOwner.staffId();
        ownerName = newOwner.name();
        record(now, by, "REASSIGNED", newOwner.name());
    }

    /** Not acknowledged in time and not yet escalated for it: the general manager must hear of it once. */
    public boolean needsAcknowledgeEscalation(Instant now) {
        return status == CaseStatus.OPEN && !now.isBefore(acknowledgeDue) && acknowledgeEscalatedAt == null;
    }

    public boolean needsCloseEscalation(Instant now) {
        return !status.isClosed() && !now.isBefore(closeDue) && closeEscalatedAt == null;
    }

    public void markAcknowledgeEscalated(Instant now) {
        require(needsAcknowledgeEscalation(now), "recovery.error.noBreach");
        acknowledgeEscalatedAt = now;
        record(now, Actor.SYSTEM, "ESCALATED_ACKNOWLEDGE", "");
    }

    public void markCloseEscalated(Instant now) {
        require(needsCloseEscalation(now), "recovery.error.noBreach");
        closeEscalatedAt = now;
        record(now, Actor.SYSTEM, "ESCALATED_CLOSE", "");
    }

    /** A due time has passed with the case still open: the list shows it red. */
    public boolean isOverdue(Instant now) {
        if (status.isClosed()) {
            return false;
        }
        return (status == CaseStatus.OPEN && now.isAfter(acknowledgeDue))
                || (firstContactAt == null && now.isAfter(firstContactDue))
                || now.isAfter(closeDue);
    }

    public Set<CaseAction> allowedActions() {
        var allowed = EnumSet.noneOf(CaseAction.class);
        if (status.isClosed()) {
            return allowed;
        }
        allowed.add(CaseAction.LOG_ATTEMPT);
        allowed.add(CaseAction.REASSIGN);
        if (status == CaseStatus.OPEN) {
            allowed.add(CaseAction.ACKNOWLEDGE);
        } else {
            allowed.add(CaseAction.RECORD_STEP);
        }
        if (status == CaseStatus.IN_RECOVERY && missingSteps().isEmpty()) {
            allowed.add(CaseAction.CLOSE);
        }
        if (unsuccessfulAttempts() >= CaseAction.UNREACHABLE_AFTER_ATTEMPTS) {
            allowed.add(CaseAction.CLOSE_UNREACHABLE);
        }
        return allowed;
    }

    /** The steps still to do before the case may close; amber cases need fewer. */
    public Set<RecoveryStep> missingSteps() {
        var missing = EnumSet.copyOf(level == AlertLevel.AMBER ? MILD_STEPS : FULL_STEPS);
        steps.forEach(done -> missing.remove(done.step()));
        return missing;
    }

    public long unsuccessfulAttempts() {
        return attempts.stream()
                .filter(attempt -> !attempt.result().successful())
                .count();
    }

    public Optional<StepRecord> step(RecoveryStep step) {
        return steps.stream().filter(done -> done.step() == step).findFirst();
    }

    private void record(Instant now, Actor by, String action, String detail) {
        audit.add(new AuditEntry(audit.size(), now, by, action, detail, getId(), storeId));
    }

    private void requireNotClosed() {
        require(!status.isClosed(), "recovery.error.closed");
    }

    private static void require(boolean rule, String messageKey) {
        if (!rule) {
            throw new CaseRuleViolation(messageKey);
        }
    }

    private static void require(boolean rule, String messageKey, String field) {
        if (!rule) {
            throw new CaseRuleViolation(messageKey, field);
        }
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public UUID alertId() {
        return alertId;
    }

    public UUID responseId() {
        return responseId;
    }

    public UUID visitId() {
        return visitId;
    }

    public UUID storeId() {
        return storeId;
    }

    public AlertLevel level() {
        return level;
    }

    public CaseStatus status() {
        return status;
    }

    public @Nullable UUID ownerStaffId() {
        return ownerStaffId;
    }

    public @Nullable String ownerName() {
        return ownerName;
    }

    public String advisorName() {
        return advisorName;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public Instant acknowledgeDue() {
        return acknowledgeDue;
    }

    public Instant firstContactDue() {
        return firstContactDue;
    }

    public Instant closeDue() {
        return closeDue;
    }

    public @Nullable Instant acknowledgedAt() {
        return acknowledgedAt;
    }

    public @Nullable Instant firstContactAt() {
        return firstContactAt;
    }

    public @Nullable Instant closedAt() {
        return closedAt;
    }

    public @Nullable FollowUpOutcome outcome() {
        return outcome;
    }

    public Set<UUID> causeIds() {
        return Collections.unmodifiableSet(causeIds);
    }

    public @Nullable Double answerCsi() {
        return answerCsi;
    }

    public @Nullable Integer answerOverall() {
        return answerOverall;
    }

    public boolean escalated() {
        return acknowledgeEscalatedAt != null || closeEscalatedAt != null;
    }

    public List<StepRecord> steps() {
        return Collections.unmodifiableList(steps);
    }

    public List<ContactAttempt> attempts() {
        return Collections.unmodifiableList(attempts);
    }

    public List<AuditEntry> audit() {
        return Collections.unmodifiableList(audit);
    }
}
