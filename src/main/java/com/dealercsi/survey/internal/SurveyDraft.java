package com.dealercsi.survey.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The answers of an unfinished survey, so the owner can leave and come back; removed on submit. */
@Entity
@Table(name = "survey_draft")
public class SurveyDraft {

    @Id
    private UUID invitationId;

    private int questionnaireVersion;
    private int step;
    private String answersJson;
    private Instant updatedAt;

    protected SurveyDraft() {
        this(new UUID(0, 0), 0, 0, "{}", Instant.EPOCH);
    }

    public SurveyDraft(UUID invitationId, int questionnaireVersion, int step, String answersJson, Instant updatedAt) {
        this.invitationId = invitationId;
        this.questionnaireVersion = questionnaireVersion;
        this.step = step;
        this.answersJson = answersJson;
        this.updatedAt = updatedAt;
    }

    public void update(int step, String answersJson, Instant now) {
        this.step = step;
        this.answersJson = answersJson;
        this.updatedAt = now;
    }

    public int questionnaireVersion() {
        return questionnaireVersion;
    }

    public int step() {
        return step;
    }

    public String answersJson() {
        return answersJson;
    }
}
