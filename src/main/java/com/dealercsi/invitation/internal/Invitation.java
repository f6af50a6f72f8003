package com.dealercsi.invitation.internal;

import com.dealercsi.invitation.InvitationState;
import com.dealercsi.invitation.SurveyTicket;
import com.dealercsi.shared.AggregateRoot;
import com.dealercsi.shared.Language;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The invitation of one visit. Only the hash of its link's token is kept. */
@Entity
@Table(name = "invitation")
public class Invitation extends AggregateRoot {

    private UUID visitId;
    private UUID storeId;
    @Enumerated(EnumType.STRING)
    private Language language;
    @Enumerated(EnumType.STRING)
    private InvitationState state = InvitationState.SCHEDULED;
    private Instant dueAt;
    private @Nullable Instant sentAt;
    private @Nullable Instant expiresAt;
    private @Nullable Instant answeredAt;
    private @Nullable String tokenHash;
    @Version
    private int version;

    protected Invitation() {
        this(new UUID(0, 0), new UUID(0, 0), Language.ZH_CN, Instant.EPOCH);
    }

    public Invitation(UUID visitId, UUID storeId, Language language, Instant dueAt) {
        this.visitId = visitId;
        this.storeId = storeId;
        this.language = language;
        this.dueAt = dueAt;
    }

    public boolean isDue(Instant now) {
        return state == InvitationState.SCHEDULED && !dueAt.isAfter(now);
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

    /** The mail with the link is going out now; a retry replaces the hash, so only the delivered link works. */
    public void send(String tokenHash, Instant now, Instant expiresAt) {
        if (state != InvitationState.QUEUED) {
            throw new IllegalStateException("Only a queued invitation can be sent, this one is " + state);
        }
        this.tokenHash = tokenHash;
        this.sentAt = now;
        this.expiresAt = expiresAt;
        this.state = InvitationState.SENT;
    }

    public void answer(Instant now) {
        if (ticketStatus(now) != SurveyTicket.Status.OPEN) {
            throw new IllegalStateException("This invitation cannot be answered any more: " + ticketStatus(now));
        }
        this.answeredAt = now;
        this.state = InvitationState.ANSWERED;
    }

    public SurveyTicket.Status ticketStatus(Instant now) {
        if (state == InvitationState.ANSWERED) {
            return SurveyTicket.Status.ANSWERED;
        }
        return expiresAt == null || !now.isBefore(expiresAt) ? SurveyTicket.Status.EXPIRED : SurveyTicket.Status.OPEN;
    }

    public SurveyTicket toTicket(Instant now) {
        return new SurveyTicket(getId(), visitId, storeId, language, ticketStatus(now),
                expiresAt == null ? now : expiresAt);
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
}
