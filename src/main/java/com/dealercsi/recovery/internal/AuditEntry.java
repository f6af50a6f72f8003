package com.dealercsi.recovery.internal;

import com.dealercsi.recovery.Actor;
import com.dealercsi.shared.AggregateRoot;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One line of a case's history: what happened, when, by whom. The action is a message key suffix
 * ({@code recovery.audit.ACTION}); the detail is what was entered, kept verbatim. Every new line also goes into
 * the application's audit trail ({@link CaseHistoryAudit}), in the same transaction.
 */
@Entity
@Table(name = "recovery_case_audit")
@EntityListeners(CaseHistoryAudit.class)
public class AuditEntry extends AggregateRoot {

    /** Entries made in one instant keep the order they were made in. */
    private int position;

    private Instant happenedAt;
    private String actor;
    private String action;
    private String detail;

    /** The case; written by the case's list of lines, read here for the audit trail. */
    @Column(name = "case_id", insertable = false, updatable = false)
    private @Nullable UUID caseId;
    /** Null on lines written before the audit trail (V65). */
    private @Nullable UUID storeId;
    /** Null for the system and for the owner. */
    private @Nullable UUID actorStaffId;

    protected AuditEntry() {
        this.happenedAt = Instant.EPOCH;
        this.actor = "";
        this.action = "";
        this.detail = "";
    }

    AuditEntry(int position, Instant happenedAt, Actor by, String action, String detail, UUID caseId, UUID storeId) {
        this.position = position;
        this.happenedAt = happenedAt;
        this.actor = by.name();
        this.action = action;
        this.detail = detail;
        this.caseId = caseId;
        this.storeId = storeId;
        this.actorStaffId = by.staffId();
    }

    public Instant happenedAt() {
        return happenedAt;
    }

    public String actor() {
        return actor;
    }

    public String action() {
        return action;
    }

    public String detail() {
        return detail;
    }

    @Nullable
    UUID caseId() {
        return caseId;
    }

    @Nullable
    UUID storeId() {
        return storeId;
    }

    @Nullable
    UUID actorStaffId() {
        return actorStaffId;
    }
}
