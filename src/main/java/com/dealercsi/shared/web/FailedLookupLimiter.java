package com.dealercsi.shared.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Counts failed look-ups of personal links (survey, follow-up) per client address in a fixed window. A client over
 * the limit gets no more look-ups, right or wrong, until its window ends: guessing links becomes hopeless, owners
 * who mistype a link once or twice never notice. The count is kept in {@link ClientAttempts}, shared by every
 * app node.
 */
public class FailedLookupLimiter {

    private final String scope;
    private final int maxFailures;
    private final Duration window;
    private final Clock clock;
    private final ClientAttempts attempts;

    public FailedLookupLimiter(String scope, int maxFailures, Duration window, Clock clock, ClientAttempts attempts) {
        this.scope = scope;
        this.maxFailures = maxFailures;
        this.window = window;
        this.clock = clock;
        this.attempts = attempts;
    }

    public boolean isBlocked(String client) {
        var now = clock.instant();
        return attempts.current(scope, client)
                .filter(counted -> now.isBefore(counted.first().plus(window)))
                .filter(counted -> counted.count() >= maxFailures)
                .isPresent();
    }

    public void recordFailure(String client) {
        var now = clock.instant();
        attempts.record(scope, client, now, now.minus(window), Instant.EPOCH);
    }
}
