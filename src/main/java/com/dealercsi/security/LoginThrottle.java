package com.dealercsi.security;

import com.dealercsi.shared.web.ClientAttempts;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after a few failed log-ins for an e-mail address, each further attempt for it
 * waits, twice as long after every failure, up to a ceiling. Success or a quiet spell forgets the failures.
 * Counted in {@link ClientAttempts}, shared by every app node, so a guesser gains nothing by spreading tries over
 * a cluster's nodes.
 */
@Component
public class LoginThrottle {

    private final Clock clock;
    private final Settings settings;
    private final ClientAttempts attempts;

    LoginThrottle(Clock clock, Settings settings, ClientAttempts attempts) {
        this.clock = clock;
        this.settings = settings;
        this.attempts = attempts;
    }

    private static final String SCOPE = "login";

    /** How long an attempt for this e-mail must still wait now. */
    public Duration waitFor(String email) {
        var now = clock.instant();
        var record = attempts.current(SCOPE, key(email))
                .filter(counted -> !counted.last().plus(settings.forgetAfter()).isBefore(now));
        if (record.isEmpty()) {
            return Duration.ZERO;
        }
        var remaining = Duration.between(
                now, record.get().last().plus(delayAfter(record.get().count())));
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
        attempts.record(SCOPE, key(email), now, Instant.EPOCH, now.minus(settings.forgetAfter()));
    }

    public void succeeded(String email) {
        attempts.forget(SCOPE, key(email));
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
