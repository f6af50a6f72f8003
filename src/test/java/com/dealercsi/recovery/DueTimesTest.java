package com.dealercsi.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DueTimesTest {

    @Test
    void the_defaults_come_from_the_settings_in_hours() {
        var defaults = DueTimes.of(new RecoveryProperties(
                Duration.ofHours(4),
                Duration.ofHours(24),
                Duration.ofHours(72),
                Duration.ofMinutes(1),
                Duration.ofDays(4)));
        assertThat(defaults).isEqualTo(new DueTimes(4, 24, 72));
        assertThat(defaults.problems()).isEmpty();
    }

    @Test
    void each_time_is_between_one_hour_and_four_weeks() {
        assertThat(new DueTimes(0, 24, DueTimes.MAX_HOURS + 1).problems())
                .extracting(DueTimes.Problem::field)
                .containsExactly("acknowledge", "close");
        assertThat(new DueTimes(1, 1, DueTimes.MAX_HOURS).problems()).isEmpty();
    }

    @Test
    void first_contact_is_not_due_before_acknowledging_nor_closing_before_first_contact() {
        assertThat(new DueTimes(8, 4, 72).problems())
                .containsExactly(
                        new DueTimes.Problem("firstContact", "recovery.dueTimes.error.contactBeforeAcknowledge"));
        assertThat(new DueTimes(4, 48, 24).problems())
                .containsExactly(new DueTimes.Problem("close", "recovery.dueTimes.error.closeBeforeContact"));
    }
}
