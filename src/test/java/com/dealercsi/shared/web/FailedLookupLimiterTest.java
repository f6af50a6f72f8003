package com.dealercsi.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealercsi.support.InMemoryClientAttempts;
import com.dealercsi.support.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FailedLookupLimiterTest {

    private final MutableClock clock = new MutableClock();
    private final FailedLookupLimiter limiter =
            new FailedLookupLimiter("test", 3, Duration.ofMinutes(15), clock, new InMemoryClientAttempts());

    FailedLookupLimiterTest() {
        clock.set(Instant.parse("2026-11-27T08:00:00Z"));
    }

    @Test
    void a_client_is_blocked_after_the_allowed_failures_and_only_that_client() {
        limiter.recordFailure("10.0.0.1");
        limiter.recordFailure("10.0.0.1");
        assertThat(limiter.isBlocked("10.0.0.1")).isFalse();

        limiter.recordFailure("10.0.0.1");

        assertThat(limiter.isBlocked("10.0.0.1")).isTrue();
        assertThat(limiter.isBlocked("10.0.0.2")).isFalse();
    }

    @Test
    void the_block_ends_with_the_window() {
        for (int i = 0; i < 3; i++) {
            limiter.recordFailure("10.0.0.1");
        }

        clock.advance(Duration.ofMinutes(15));

        assertThat(limiter.isBlocked("10.0.0.1")).isFalse();
        limiter.recordFailure("10.0.0.1");
        assertThat(limiter.isBlocked("10.0.0.1"))
                .as("a new window starts counting from one")
                .isFalse();
    }
}
