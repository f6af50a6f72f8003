package com.dealercsi.plans;

/** Where a plan stands: opened, being worked on, done with a result, or cancelled with a reason. */
public enum PlanStatus {
    OPEN,
    IN_PROGRESS,
    DONE,
    CANCELLED;

    public boolean isActive() {
        return this == OPEN || this == IN_PROGRESS;
    }

    public String messageKey() {
        return "plans.status." + name();
    }
}
