package com.dealercsi.shared.database;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.ProxyMethodInvocation;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.function.SingletonSupplier;

/**
 * Runs a {@link RetryOnConflict} method again when its transaction lost a conflict, a bounded number of times,
 * waiting a random while between tries so two nodes that collided do not collide again in step. Ordered outside
 * the transaction interceptor, so each try is a fresh transaction; inside a running one it does nothing.
 */
final class ConflictRetryInterceptor implements MethodInterceptor {

    static final String COUNTER = "csi.db.conflict.retries";

    private static final Logger log = LoggerFactory.getLogger(ConflictRetryInterceptor.class);

    interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    // looked up at the first call: advisors are made before the beans they advise, the meter registry among them
    private final Supplier<ConflictRetryProperties> properties;
    private final Supplier<MeterRegistry> meters;
    private final Sleeper sleeper;

    ConflictRetryInterceptor(
            Supplier<ConflictRetryProperties> properties, Supplier<MeterRegistry> meters, Sleeper sleeper) {
        this.properties = SingletonSupplier.of(properties);
        this.meters = SingletonSupplier.of(meters);
        this.sleeper = sleeper;
    }

    @Override
    public @Nullable Object invoke(MethodInvocation invocation) throws Throwable {
        if (TransactionSynchronizationManager.isActualTransactionActive()
                || !(invocation instanceof ProxyMethodInvocation proxied)) {
            // the conflict has spoilt the caller's transaction too: only the caller can start it again
            return invocation.proceed();
        }
        var method = invocation.getMethod().getDeclaringClass().getSimpleName() + "."
                + invocation.getMethod().getName();
        for (int attempt = 1; ; attempt++) {
            try {
                return proxied.invocableClone().proceed();
            } catch (Throwable failure) {
                if (!WriteConflicts.isConflict(failure)
                        || attempt >= properties.get().maxTries()) {
                    throw failure;
                }
                retries(method).increment();
                log.debug(
                        "{} lost a write conflict (try {} of {}), trying again",
                        method,
                        attempt,
                        properties.get().maxTries());
                sleeper.sleep(backOff(attempt));
            }
        }
    }

    /** Full jitter: a random wait up to a bound that doubles each try, capped. */
    Duration backOff(int attempt) {
        long first = properties.get().firstBackOff().toMillis();
        long bound = Math.min(properties.get().maxBackOff().toMillis(), first << Math.min(attempt - 1, 20));
        return Duration.ofMillis(ThreadLocalRandom.current().nextLong(Math.max(bound, 1) + 1));
    }

    private Counter retries(String method) {
        return Counter.builder(COUNTER)
                .description("Transactions run again after losing a write conflict (deadlock, Galera certification)")
                .tag("method", method)
                .register(meters.get());
    }
}
