package com.dealercsi.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealercsi.support.InMemoryClientAttempts;
import com.dealercsi.support.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    final MutableClock clock = new MutableClock();
    final LoginThrottle throttle = new LoginThrottle(
            clock,
            new LoginThrottle.Settings(3, Duration.ofSeconds(30), Duration.ofMinutes(15)),
            new InMemoryClientAttempts());

    LoginThrottleTest() {
        clock.set(Instant.parse("2026-03-09T02:00:00Z"));
    }

    @Test
    void the_first_failures_cost_nothing_then_each_one_doubles_the_wait_up_to_the_ceiling() {
        assertThat(throttle.delayAfter(3)).isZero();
        assertThat(throttle.delayAfter(4)).isEqualTo(Duration.ofSeconds(1));
        assertThat(throttle.delayAfter(5)).isEqualTo(Duration.ofSeconds(2));
        assertThat(throttle.delayAfter(8)).isEqualTo(Duration.ofSeconds(16));
        assertThat(throttle.delayAfter(9)).isEqualTo(Duration.ofSeconds(30));
        assertThat(throttle.delayAfter(60)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void an_address_waits_after_repeated_failures_whatever_its_case() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("Manager@Demo.local");
        }

        assertThat(throttle.waitFor("manager@demo.local ")).isEqualTo(Duration.ofSeconds(2));
        assertThat(throttle.waitFor("someone-else@demo.local")).isZero();
        clock.advance(Duration.ofMillis(1500));
        assertThat(throttle.waitFor("manager@demo.local")).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void success_or_a_quiet_quarter_hour_forgets_the_failures() {
        for (int i = 0; i < 6; i++) {
            throttle.failed("a@demo.local");
            throttle.failed("b@demo.local");
        }
        throttle.succeeded("a@demo.local");
        assertThat(throttle.waitFor("a@demo.local")).isZero();

        clock.advance(Duration.ofMinutes(16));
        assertThat(throttle.waitFor("b@demo.local")).isZero();
        throttle.failed("b@demo.local");
        assertThat(throttle.waitFor("b@demo.local")).as("counting starts again").isZero();
    }
}
