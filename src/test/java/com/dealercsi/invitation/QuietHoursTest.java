package com.dealercsi.invitation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class QuietHoursTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final QuietHours NIGHT = new QuietHours(LocalTime.of(21, 0), LocalTime.of(8, 0));

    @Test
    void a_time_before_midnight_in_the_quiet_hours_moves_to_eight_the_next_morning() {
        // 22:30 in Shanghai
        assertThat(NIGHT.nextAllowed(Instant.parse("2026-11-27T14:30:00Z"), SHANGHAI))
                .isEqualTo(Instant.parse("2026-11-28T00:00:00Z"));
    }

    @Test
    void a_time_after_midnight_in_the_quiet_hours_moves_to_eight_the_same_morning() {
        // 03:15 in Shanghai
        assertThat(NIGHT.nextAllowed(Instant.parse("2026-11-27T19:15:00Z"), SHANGHAI))
                .isEqualTo(Instant.parse("2026-11-28T00:00:00Z"));
    }

    @Test
    void the_edges_belong_to_the_day_at_eight_and_to_the_night_at_nine() {
        assertThat(NIGHT.contains(Instant.parse("2026-11-28T00:00:00Z"), SHANGHAI))
                .isFalse(); // 08:00
        assertThat(NIGHT.contains(Instant.parse("2026-11-27T23:59:59Z"), SHANGHAI))
                .isTrue(); // 07:59:59
        assertThat(NIGHT.contains(Instant.parse("2026-11-27T13:00:00Z"), SHANGHAI))
                .isTrue(); // 21:00
        assertThat(NIGHT.contains(Instant.parse("2026-11-27T12:59:59Z"), SHANGHAI))
                .isFalse(); // 20:59:59
    }

    @Test
    void daytime_stays_as_it_is_and_the_zone_decides_what_is_night() {
        var noonInShanghai = Instant.parse("2026-11-27T04:00:00Z");
        assertThat(NIGHT.nextAllowed(noonInShanghai, SHANGHAI)).isEqualTo(noonInShanghai);
        // the same instant is 20:00 the evening before in Los Angeles, and two hours later it is night there
        assertThat(NIGHT.contains(noonInShanghai, ZoneId.of("America/Los_Angeles")))
                .isFalse();
        assertThat(NIGHT.contains(Instant.parse("2026-11-27T06:00:00Z"), ZoneId.of("America/Los_Angeles")))
                .isTrue();
    }

    @Test
    void a_window_within_one_day_and_no_window_at_all() {
        var lunch = new QuietHours(LocalTime.of(12, 0), LocalTime.of(13, 30));
        assertThat(lunch.nextAllowed(Instant.parse("2026-11-27T04:10:00Z"), SHANGHAI)) // 12:10
                .isEqualTo(Instant.parse("2026-11-27T05:30:00Z"));
        assertThat(lunch.contains(Instant.parse("2026-11-27T06:00:00Z"), SHANGHAI))
                .isFalse(); // 14:00
        assertThat(QuietHours.NONE.contains(Instant.parse("2026-11-27T15:00:00Z"), SHANGHAI))
                .isFalse();
    }
}
