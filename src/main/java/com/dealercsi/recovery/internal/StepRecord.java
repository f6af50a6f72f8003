package com.dealercsi.recovery.internal;

import com.dealercsi.recovery.RecoveryStep;
import com.dealercsi.shared.AggregateRoot;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One recovery step as done: its note, and for the fix a new RO, for the atonement what and its value. */
@Entity
@Table(name = "recovery_case_step")
public class StepRecord extends AggregateRoot {

    @Enumerated(EnumType.STRING)
    private RecoveryStep step;

    private String note;
    private @Nullable String newRoNumber;
    private @Nullable String atonementWhat;
    private @Nullable BigDecimal atonementValueCny;
    private Instant doneAt;
    private String doneBy;

    protected StepRecord() {
        this.step = RecoveryStep.APOLOGY;
        this.note = "";
        this.doneAt = Instant.EPOCH;
        this.doneBy = "";
    }

    StepRecord(
            RecoveryStep step,
            String note,
            @Nullable String newRoNumber,
            @Nullable String atonementWhat,
            @Nullable BigDecimal atonementValueCny,
            Instant doneAt,
            String doneBy) {
        this.step = step;
        this.note = note;
        this.newRoNumber = newRoNumber;
        this.atonementWhat = atonementWhat;
        this.atonementValueCny = atonementValueCny;
        this.doneAt = doneAt;
        this.doneBy = doneBy;
    }

    /** A step is recorded again when its note changes; the audit trail keeps what it said before. */
    void update(
            String note,
            @Nullable String newRoNumber,
            @Nullable String atonementWhat,
            @Nullable BigDecimal atonementValueCny,
            Instant doneAt,
            String doneBy) {
        this.note = note;
        this.newRoNumber = newRoNumber;
        this.atonementWhat = atonementWhat;
        this.atonementValueCny = atonementValueCny;
        this.doneAt = doneAt;
        this.doneBy = doneBy;
    }

    public RecoveryStep step() {
        return step;
    }

    public String note() {
        return note;
    }

    public @Nullable String newRoNumber() {
        return newRoNumber;
    }

    public @Nullable String atonementWhat() {
        return atonementWhat;
    }

    public @Nullable BigDecimal atonementValueCny() {
        return atonementValueCny;
    }

    public Instant doneAt() {
        return doneAt;
    }

    public String doneBy() {
        return doneBy;
    }
}
