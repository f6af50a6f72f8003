package com.dealercsi.recovery.internal;

import com.dealercsi.recovery.Actor;
import com.dealercsi.recovery.CaseRuleViolation;
import com.dealercsi.recovery.RevisitResult;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A delivered visit as the revisit desk sees it: answered or not, and the calls made. An owner who did not
 * answer is called; unreachable owners are tried again the next day, three times at most.
 */
@Entity
@Table(name = "revisit_visit")
public class RevisitVisit {

    public static final int MAX_CALLS = 3;
    static final Duration RETRY_AFTER = Duration.ofDays(1);

    @Id
    private UUID visitId;

    private UUID storeId;
    private Instant deliveredAt;
    /** The owner gave no e-mail: no survey mail will come, so the desk calls at once instead of after the wait. */
    private boolean noEmail;

    private @Nullable Instant answeredAt;

    @Enumerated(EnumType.STRING)
    private @Nullable RevisitResult outcome;

    private @Nullable Instant lastCallAt;
    private int calls;
    private @Nullable Instant reachedAt;

    @Version
    private int version;

    @OneToMany(cascade = CascadeType.ALL)
    @JoinColumn(name = "visit_id", nullable = false, updatable = false)
    @OrderBy("calledAt")
    private List<RevisitCall> callLog = new ArrayList<>();

    protected RevisitVisit() {
        this.visitId = new UUID(0, 0);
        this.storeId = visitId;
        this.deliveredAt = Instant.EPOCH;
    }

    RevisitVisit(UUID visitId, UUID storeId, Instant deliveredAt) {
        this(visitId, storeId, deliveredAt, false);
    }

    RevisitVisit(UUID visitId, UUID storeId, Instant deliveredAt, boolean noEmail) {
        this.visitId = visitId;
        this.storeId = storeId;
        this.deliveredAt = deliveredAt;
        this.noEmail = noEmail;
    }

    void answered(Instant at) {
        if (answeredAt == null) {
            answeredAt = at;
        }
    }

    public void logCall(RevisitResult result, String note, Actor by, Instant now) {
        if (answeredAt != null || isFinished()) {
            throw new CaseRuleViolation("recovery.revisit.error.done");
        }
        calls++;
        lastCallAt = now;
        outcome = result;
        if (result == RevisitResult.REACHED) {
            reachedAt = now;
        }
        callLog.add(new RevisitCall(now, result, note.strip(), by.name()));
    }

    /**
     * The owner answered the questionnaire on this call: a revisit that reached them, whatever earlier calls
     * said. Nothing to log when the owner's own answer got here first.
     */
    public void reachedByPhone(String note, Actor by, Instant now) {
        if (answeredAt != null) {
            return;
        }
        calls++;
        lastCallAt = now;
        outcome = RevisitResult.REACHED;
        reachedAt = now;
        callLog.add(new RevisitCall(now, RevisitResult.REACHED, note.strip(), by.name()));
    }

    /**
     * On today's list: not answered, delivered long enough ago (at once for an owner without e-mail, whom no
     * survey mail reaches), not finished, not tried in the last day.
     */
    public boolean isDue(Instant now, Duration callAfter) {
        return answeredAt == null
                && !isFinished()
                && !now.isBefore(deliveredAt.plus(noEmail ? Duration.ZERO : callAfter))
                && (lastCallAt == null || !now.isBefore(lastCallAt.plus(RETRY_AFTER)));
    }

    public boolean isFinished() {
        return outcome == RevisitResult.REACHED || outcome == RevisitResult.DECLINED || calls >= MAX_CALLS;
    }

    /** The brief's revisit: a response, or a phone follow-up that reached the owner, within 7 days of delivery. */
    public boolean revisitedWithinAWeek() {
        var limit = deliveredAt.plus(Duration.ofDays(7));
        return (answeredAt != null && !answeredAt.isAfter(limit)) || (reachedAt != null && !reachedAt.isAfter(limit));
    }

    public UUID visitId() {
        return visitId;
    }

    public UUID storeId() {
        return storeId;
    }

    public Instant deliveredAt() {
        return deliveredAt;
    }

    public @Nullable Instant answeredAt() {
        return answeredAt;
    }

    public @Nullable RevisitResult outcome() {
        return outcome;
    }

    public int calls() {
        return calls;
    }

    public List<RevisitCall> callLog() {
        return List.copyOf(callLog);
    }
}
