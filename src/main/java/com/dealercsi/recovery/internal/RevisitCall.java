package com.dealercsi.recovery.internal;

import com.dealercsi.recovery.RevisitResult;
import com.dealercsi.shared.AggregateRoot;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** One revisit call, kept. */
@Entity
@Table(name = "revisit_call")
public class RevisitCall extends AggregateRoot {

    private Instant calledAt;

    @Enumerated(EnumType.STRING)
    private RevisitResult result;

    private String note;
    private String calledBy;

    protected RevisitCall() {
        this.calledAt = Instant.EPOCH;
        this.result = RevisitResult.UNREACHABLE;
        this.note = "";
        this.calledBy = "";
    }

    RevisitCall(Instant calledAt, RevisitResult result, String note, String calledBy) {
        this.calledAt = calledAt;
        this.result = result;
        this.note = note;
        this.calledBy = calledBy;
    }

    public Instant calledAt() {
        return calledAt;
    }

    public RevisitResult result() {
        return result;
    }

    public String note() {
        return note;
    }

    public String calledBy() {
        return calledBy;
    }
}
