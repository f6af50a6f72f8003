package com.dealercsi.recovery.internal;

import com.dealercsi.recovery.DueTimes;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A store's own case due times; keyed by the store, so it is not an aggregate with an id of its own. */
@Entity
@Table(name = "recovery_store_due_times")
public class StoreDueTimes {

    @Id
    private UUID storeId;

    private int acknowledgeHours;
    private int firstContactHours;
    private int closeHours;
    private Instant updatedAt;
    private String updatedBy;

    @Version
    private int version;

    protected StoreDueTimes() {
        this(new UUID(0, 0));
    }

    public StoreDueTimes(UUID storeId) {
        this.storeId = storeId;
        this.updatedAt = Instant.EPOCH;
        this.updatedBy = "";
    }

    /** Only valid times get here: the service checks {@link DueTimes#problems()} first. */
    public void change(DueTimes times, String by, Instant now) {
        if (!times.problems().isEmpty()) {
            throw new IllegalArgumentException("Invalid due times: " + times.problems());
        }
        this.acknowledgeHours = times.acknowledgeHours();
        this.firstContactHours = times.firstContactHours();
        this.closeHours = times.closeHours();
        this.updatedBy = by;
        this.updatedAt = now;
    }

    public DueTimes times() {
        return new DueTimes(acknowledgeHours, firstContactHours, closeHours);
    }
}
