package com.dealercsi.recovery.internal;

import com.dealercsi.shared.AggregateRoot;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One line of a case's history: what happened, when, by whom. The action is a message key suffix
 * ({@code recovery.audit.ACTION}); the detail is what was entered, kept verbatim.
 */
@Entity
@Table(name = "recovery_case_audit")
public class AuditEntry extends AggregateRoot {

    /** Entries made in one instant keep the order they were made in. */
    private int position;
    private Instant happenedAt;
    private String actor;
    private String action;
    private String detail;

    protected AuditEntry() {
        this.happenedAt = Instant.EPOCH;
        this.actor = "";
        this.action = "";
        this.detail = "";
    }

    AuditEntry(int position, Instant happenedAt, String actor, String action, String detail) {
        this.position = position;
        this.happenedAt = happenedAt;
        this.actor = actor;
        this.action = action;
        this.detail = detail;
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
}
