package com.dealercsi.recovery.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts wrong follow-up links per client address in a fixed window, as the survey does for its links: a client
 * over the limit gets no more look-ups until its window ends, so guessing is hopeless and a mistyped link or two
 * goes unnoticed. (The survey's limiter is internal to the survey module, hence this small twin.)
 */
class FailedLinkLimiter {

    static final int MAX_FAILURES = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final Clock clock;
    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();

    FailedLinkLimiter(Clock clock) {
        this.clock = clock;
    }

    boolean isBlocked(String client) {
        var current = windows.get(client);
        return current != null && current.isActive(clock.instant()) && current.failures() >= MAX_FAILURES;
    }

    void recordFailure(String client) {
        var now = clock.instant();
        windows.compute(client, (key, current) -> current == null || !current.isActive(now)
                ? new Window(now, 1) : new Window(current.start(), current.failures() + 1));
        if (windows.size() > 100_000) {
            windows.entrySet().removeIf(entry -> !entry.getValue().isActive(now));
        }
    }

    private record Window(Instant start, int failures) {

        boolean isActive(Instant now) {
            return now.isBefore(start.plus(WINDOW));
        }
    }
}
