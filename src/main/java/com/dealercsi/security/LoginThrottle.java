package com.dealercsi.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after a few failed log-ins for an e-mail address, each further attempt for it
 * waits, twice as long after every failure, up to a ceiling. Success or a quiet spell forgets the failures.
 * Kept in memory: a restart forgets too, which is acceptable for a delay (it is not a lock-out).
 */
@Component
public class LoginThrottle {

    private final Clock clock;
    private final Settings settings;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    LoginThrottle(Clock clock, Settings settings) {
        this.clock = clock;
        this.settings = settings;
    }

    /** How long an attempt for this e-mail must still wait now. */
    public Duration waitFor(String email) {
        var record = failures.get(key(email));
        var now = clock.instant();
        if (record == null || record.isForgotten(now, settings.forgetAfter())) {
            return Duration.ZERO;
        }
        var remaining = Duration.between(now, record.last().plus(delayAfter(record.count())));
        return remaining.isNegative() ? Duration.ZERO : remaining;
    }

    /** The delay after {@code count} failures: none for the first few, then 1 s, 2 s, 4 s … up to the ceiling. */
    Duration delayAfter(int count) {
        int beyond = count - settings.freeAttempts();
        if (beyond <= 0) {
            return Duration.ZERO;
        }
        var delay = Duration.ofSeconds(1L << Math.min(beyond - 1, 20));
        return delay.compareTo(settings.maxDelay()) > 0 ? settings.maxDelay() : delay;
    }

    public void failed(String email) {
        var now = clock.instant();
        failures.compute(
                key(email),
                (k, old) -> old == null || old.isForgotten(now, settings.forgetAfter())
                        ? new Failures(1, now)
                        : new Failures(old.count() + 1, now));
    }

    public void succeeded(String email) {
        failures.remove(key(email));
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent event) {
        failed(event.getAuthentication().getName());
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        succeeded(event.getAuthentication().getName());
    }

    private static String key(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }

    private record Failures(int count, Instant last) {

        boolean isForgotten(Instant now, Duration forgetAfter) {
            return last.plus(forgetAfter).isBefore(now);
        }
    }

    /**
     * @param freeAttempts failures allowed before attempts are slowed down
     * @param maxDelay the longest wait
     * @param forgetAfter failures older than this no longer count
     */
    @ConfigurationProperties("csi.security.login")
    public record Settings(
            @DefaultValue("3") int freeAttempts,
            @DefaultValue("PT30S") Duration maxDelay,
            @DefaultValue("PT15M") Duration forgetAfter) {}
}
