package com.dealercsi.invitation.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A store's own invitation timing; each null keeps the deployment's default. */
@Entity
@Table(name = "invitation_store_policy")
public class StorePolicy {

    @Id
    private UUID storeId;

    private @Nullable Integer delayMinutes;
    private @Nullable LocalTime quietStart;
    private @Nullable LocalTime quietEnd;
    /** 0 means no reminder. */
    private @Nullable Integer reminderAfterHours;

    protected StorePolicy() {
        this(new UUID(0, 0));
    }

    public StorePolicy(UUID storeId) {
        this.storeId = storeId;
    }

    public void change(
            @Nullable Integer delayMinutes,
            @Nullable LocalTime quietStart,
            @Nullable LocalTime quietEnd,
            @Nullable Integer reminderAfterHours) {
        if ((quietStart == null) != (quietEnd == null)) {
            throw new IllegalArgumentException("Quiet hours need both a start and an end, or neither");
        }
        if ((delayMinutes != null && delayMinutes < 0) || (reminderAfterHours != null && reminderAfterHours < 0)) {
            throw new IllegalArgumentException("Delays cannot be negative");
        }
        this.delayMinutes = delayMinutes;
        this.quietStart = quietStart;
        this.quietEnd = quietEnd;
        this.reminderAfterHours = reminderAfterHours;
    }

    public @Nullable Integer delayMinutes() {
        return delayMinutes;
    }

    public @Nullable LocalTime quietStart() {
        return quietStart;
    }

    public @Nullable LocalTime quietEnd() {
        return quietEnd;
    }

    public @Nullable Integer reminderAfterHours() {
        return reminderAfterHours;
    }
}
