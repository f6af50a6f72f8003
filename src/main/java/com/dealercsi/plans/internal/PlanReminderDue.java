package com.dealercsi.plans.internal;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One reminder to a plan's owner. Queued in the transaction that marks the plan as reminded for this due date, so
 * the outbox sends it at least once (again after a failed send) and the mark keeps the next run from queueing it
 * again.
 */
public record PlanReminderDue(UUID planId, Kind kind, LocalDate dueDate) {

    public enum Kind {
        /** The day before the due date. */
        SOON,
        /** The first day after the due date. */
        OVERDUE
    }
}
