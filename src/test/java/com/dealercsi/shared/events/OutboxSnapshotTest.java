package com.dealercsi.shared.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The watchdog's rule: work waits too long and nothing completes meanwhile. */
class OutboxSnapshotTest {

    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");
    private static final Duration STALL_AFTER = Duration.ofMinutes(5);

    @Test
    void an_empty_outbox_is_not_stalled() {
        assertThat(OutboxSnapshot.EMPTY.stalled(NOW, STALL_AFTER)).isFalse();
        assertThat(new OutboxSnapshot(0, 0, null, NOW.minus(Duration.ofDays(1))).stalled(NOW, STALL_AFTER))
                .isFalse();
    }

    @Test
    void work_waiting_a_short_while_is_not_stalled_even_when_nothing_completed_for_long() {
        var snapshot = new OutboxSnapshot(3, 0, NOW.minus(Duration.ofMinutes(4)), NOW.minus(Duration.ofHours(2)));

        assertThat(snapshot.stalled(NOW, STALL_AFTER)).isFalse();
    }

    @Test
    void an_old_backlog_that_is_being_worked_off_is_busy_not_stalled() {
        var snapshot = new OutboxSnapshot(500, 2, NOW.minus(Duration.ofMinutes(30)), NOW.minusSeconds(10));

        assertThat(snapshot.stalled(NOW, STALL_AFTER)).isFalse();
    }

    @Test
    void old_work_with_nothing_completed_since_is_stalled() {
        assertThat(new OutboxSnapshot(4, 4, NOW.minus(Duration.ofMinutes(6)), NOW.minus(Duration.ofMinutes(7)))
                        .stalled(NOW, STALL_AFTER))
                .isTrue();
        assertThat(new OutboxSnapshot(1, 0, NOW.minus(Duration.ofMinutes(6)), null).stalled(NOW, STALL_AFTER))
                .isTrue();
    }

    @Test
    void the_oldest_age_is_zero_when_nothing_waits() {
        assertThat(OutboxSnapshot.EMPTY.oldestIncompleteAge(NOW)).isZero();
        assertThat(new OutboxSnapshot(1, 0, NOW.minusSeconds(90), null).oldestIncompleteAge(NOW))
                .isEqualTo(Duration.ofSeconds(90));
    }
}
