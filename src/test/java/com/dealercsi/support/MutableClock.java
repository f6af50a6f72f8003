package com.dealercsi.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * The app's clock in integration tests: the real time until a test sets or moves it, so rules that depend on
 * time (delays, quiet hours, due times) are tested by moving time, not by sleeping. Call {@link #reset()} when
 * done; all integration tests share one application context.
 */
public class MutableClock extends Clock {

    private final AtomicReference<@Nullable Instant> fixed = new AtomicReference<>();

    @Override
    public Instant instant() {
        var now = fixed.get();
        return now == null ? Instant.now() : now;
    }

    public void set(Instant instant) {
        fixed.set(instant);
    }

    public void advance(Duration duration) {
        fixed.set(instant().plus(duration));
    }

    public void reset() {
        fixed.set(null);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** A view in another zone that still follows this clock when it is set or moved. */
    @Override
    public Clock withZone(ZoneId zone) {
        var source = this;
        return new Clock() {
            @Override
            public Instant instant() {
                return source.instant();
            }

            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return source.withZone(other);
            }
        };
    }
}
