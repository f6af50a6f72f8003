package com.dealercsi.shared.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed look-ups of personal links (survey, follow-up) per client address in a fixed window. A client over the limit gets no
 * more look-ups, right or wrong, until its window ends: guessing links becomes hopeless, owners who mistype
 * a link once or twice never notice.
 */
public class FailedLookupLimiter {

    private final int maxFailures;
    private final Duration window;
    private final Clock clock;
    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();

    public FailedLookupLimiter(int maxFailures, Duration window, Clock clock) {
        this.maxFailures = maxFailures;
        this.window = window;
        this.clock = clock;
    }

    public boolean isBlocked(String client) {
        var current = windows.get(client);
        return current != null && current.isActive(clock.instant(), window) && current.failures() >= maxFailures;
    }

    public void recordFailure(String client) {
        var now = clock.instant();
        windows.compute(
                client,
                (key, current) -> current == null || !current.isActive(now, window)
                        ? new Window(now, 1)
                        : new Window(current.start(), current.failures() + 1));
        if (windows.size() > 100_000) {
            windows.entrySet().removeIf(entry -> !entry.getValue().isActive(now, window));
        }
    }

    private record Window(Instant start, int failures) {

        boolean isActive(Instant now, Duration length) {
            return now.isBefore(start.plus(length));
        }
    }
}
