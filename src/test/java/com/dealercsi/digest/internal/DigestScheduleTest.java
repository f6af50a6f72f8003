package com.dealercsi.digest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class DigestScheduleTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private final DigestSchedule schedule = new DigestSchedule(LocalTime.of(8, 0), Duration.ofHours(24));

    @Test
    void the_next_digest_in_shanghai_leaves_on_monday_at_eight_shanghai_time() {
        // Thursday 3 December 2026, 10:00 in Shanghai
        var thursday = Instant.parse("2026-12-03T02:00:00Z");

        assertThat(schedule.next(thursday, SHANGHAI)).isEqualTo(Instant.parse("2026-12-07T00:00:00Z"));
    }

    @Test
    void on_monday_before_eight_the_next_digest_is_the_same_morning() {
        var mondayEarly = Instant.parse("2026-12-06T23:59:00Z"); // 07:59 Monday in Shanghai

        assertThat(schedule.next(mondayEarly, SHANGHAI)).isEqualTo(Instant.parse("2026-12-07T00:00:00Z"));
        assertThat(schedule.next(Instant.parse("2026-12-07T00:00:00Z"), SHANGHAI))
                .isEqualTo(Instant.parse("2026-12-14T00:00:00Z"));
    }

    @Test
    void berlin_sends_at_eight_on_its_own_clock_in_winter_and_in_summer() {
        // winter: CET, UTC+1
        assertThat(schedule.next(Instant.parse("2026-01-07T12:00:00Z"), BERLIN))
                .isEqualTo(Instant.parse("2026-01-12T07:00:00Z"));
        // the Monday after the clocks went forward on Sunday 29 March 2026: CEST, UTC+2
        assertThat(schedule.next(Instant.parse("2026-03-27T12:00:00Z"), BERLIN))
                .isEqualTo(Instant.parse("2026-03-30T06:00:00Z"));
    }

    @Test
    void the_week_that_crosses_the_change_to_summer_time_runs_monday_to_monday_on_the_wall_clock() {
        var monday = LocalDate.of(2026, 3, 23);

        var start = DigestSchedule.weekStart(monday, BERLIN);
        var end = DigestSchedule.weekEnd(monday, BERLIN);

        assertThat(start).isEqualTo(Instant.parse("2026-03-22T23:00:00Z"));
        assertThat(end).isEqualTo(Instant.parse("2026-03-29T22:00:00Z"));
        assertThat(Duration.between(start, end)).isEqualTo(Duration.ofHours(167));
        // Shanghai keeps no summer time: always seven days of 24 hours
        assertThat(Duration.between(
                        DigestSchedule.weekStart(monday, SHANGHAI), DigestSchedule.weekEnd(monday, SHANGHAI)))
                .isEqualTo(Duration.ofDays(7));
    }

    @Test
    void from_monday_eight_the_week_just_ended_is_due() {
        var mondayEight = Instant.parse("2026-12-07T00:00:00Z");

        assertThat(schedule.dueWeek(mondayEight.minusSeconds(1), SHANGHAI))
                .as("Monday 07:59: last week's digest went out a week ago, long past its catch-up")
                .isEmpty();
        assertThat(schedule.dueWeek(mondayEight, SHANGHAI)).contains(LocalDate.of(2026, 11, 30));
    }

    @Test
    void a_digest_missed_at_eight_still_goes_out_within_the_catch_up_and_not_after() {
        var mondayEight = Instant.parse("2026-12-07T00:00:00Z");

        assertThat(schedule.dueWeek(mondayEight.plus(Duration.ofHours(5)), SHANGHAI))
                .contains(LocalDate.of(2026, 11, 30));
        assertThat(schedule.dueWeek(mondayEight.plus(Duration.ofHours(24)).minusSeconds(1), SHANGHAI))
                .contains(LocalDate.of(2026, 11, 30));
        assertThat(schedule.dueWeek(mondayEight.plus(Duration.ofHours(24)), SHANGHAI))
                .isEmpty();
    }

    @Test
    void the_same_instant_is_monday_morning_in_shanghai_but_still_sunday_in_berlin() {
        var instant = Instant.parse("2026-12-07T01:00:00Z"); // Monday 09:00 Shanghai, Monday 02:00 Berlin

        assertThat(schedule.dueWeek(instant, SHANGHAI)).contains(LocalDate.of(2026, 11, 30));
        assertThat(schedule.dueWeek(instant, BERLIN)).isEmpty();
        assertThat(schedule.dueWeek(Instant.parse("2026-12-07T07:00:00Z"), BERLIN))
                .contains(LocalDate.of(2026, 11, 30));
    }
}
