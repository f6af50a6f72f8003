package com.dealercsi.survey.internal;

import com.dealercsi.shared.AggregateRoot;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An owner's answer to one invitation. Nobody edits it once stored: there are no setters. */
@Entity
@Table(name = "survey_response")
public class SurveyResponse extends AggregateRoot {

    private UUID invitationId;
    private UUID visitId;
    private UUID storeId;
    private int questionnaireVersion;
    private int overall;
    private int nps;

    @Column(name = "owner_comment")
    private @Nullable String comment;

    private boolean contactConsent;
    private Instant submittedAt;
    /** WEB for the owner's own answer, PHONE when staff took it during a revisit call. */
    @Column(name = "answered_channel")
    private String channel = "WEB";

    private @Nullable UUID answeredBy;
    private @Nullable String answeredByName;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "survey_answer", joinColumns = @JoinColumn(name = "response_id"))
    private List<Answer> answers = new ArrayList<>();

    protected SurveyResponse() {
        this(new UUID(0, 0), new UUID(0, 0), new UUID(0, 0), 0, List.of(), 0, 0, null, false, Instant.EPOCH);
    }

    public SurveyResponse(
            UUID invitationId,
            UUID visitId,
            UUID storeId,
            int questionnaireVersion,
            List<Answer> answers,
            int overall,
            int nps,
            @Nullable String comment,
            boolean contactConsent,
            Instant submittedAt) {
        this.invitationId = invitationId;
        this.visitId = visitId;
        this.storeId = storeId;
        this.questionnaireVersion = questionnaireVersion;
        this.answers = new ArrayList<>(answers);
        this.overall = overall;
        this.nps = nps;
        this.comment = comment;
        this.contactConsent = contactConsent;
        this.submittedAt = submittedAt;
    }

    /** Taken by a member of staff on the phone, from the owner's mouth. */
    public SurveyResponse byPhone(UUID staffId, String staffName) {
        if (!isNew()) {
            throw new IllegalStateException("An answer is never changed once it is stored");
        }
        this.channel = "PHONE";
        this.answeredBy = staffId;
        this.answeredByName = staffName;
        return this;
    }

    public String channel() {
        return channel;
    }

    public @Nullable String answeredByName() {
        return answeredByName;
    }

    public UUID visitId() {
        return visitId;
    }

    public UUID storeId() {
        return storeId;
    }

    public int questionnaireVersion() {
        return questionnaireVersion;
    }

    public List<Answer> answers() {
        return List.copyOf(answers);
    }

    public int overall() {
        return overall;
    }

    public int nps() {
        return nps;
    }

    public @Nullable String comment() {
        return comment;
    }

    public boolean contactConsent() {
        return contactConsent;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    /** A rated item; {@code rating} is {@code null} when the owner chose "not applicable". */
    @Embeddable
    public record Answer(String itemId, @Nullable Integer rating) {}
}
