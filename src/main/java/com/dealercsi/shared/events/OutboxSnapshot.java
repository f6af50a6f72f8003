package com.dealercsi.shared.events;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The outbox at one moment, read from the event publication registry.
 *
 * @param incomplete publications whose listener has not completed yet (waiting, running, failed or resubmitted)
 * @param failed those of them whose last attempt failed
 * @param oldestIncomplete when the oldest incomplete one was published; null when nothing waits
 * @param lastCompleted when the latest publication completed; null when none is on record
 */
record OutboxSnapshot(
        long incomplete,
        long failed,
        @Nullable Instant oldestIncomplete,
        @Nullable Instant lastCompleted) {

    static final OutboxSnapshot EMPTY = new OutboxSnapshot(0, 0, null, null);

    Duration oldestIncompleteAge(Instant now) {
        return oldestIncomplete == null || oldestIncomplete.isAfter(now)
                ? Duration.ZERO
                : Duration.between(oldestIncomplete, now);
    }

    /**
     * Stalled: work has waited longer than {@code stallAfter} and nothing completed in that time either. A long
     * queue that is being worked off is busy, not stalled; an idle outbox with nothing waiting is fine.
     */
    boolean stalled(Instant now, Duration stallAfter) {
        if (oldestIncomplete == null || oldestIncompleteAge(now).compareTo(stallAfter) <= 0) {
            return false;
        }
        return lastCompleted == null || lastCompleted.isBefore(now.minus(stallAfter));
    }
}
