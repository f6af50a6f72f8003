package com.dealercsi.plans;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One line of a plan's history.
 *
 * @param action {@code OPENED}, {@code REVISED}, {@code STARTED}, {@code COMPLETED}, {@code CANCELLED},
 *        {@code DUE_CHANGED}; shown with the words of {@code plans.history.ACTION}
 * @param detail what was entered with the change (a note, a reason, the new due date), verbatim; may be empty
 */
public record PlanChange(Instant at, String actor, @Nullable UUID actorStaffId, String action, String detail) {}
