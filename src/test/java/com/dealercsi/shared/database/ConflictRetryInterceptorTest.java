package com.dealercsi.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.sql.SQLTransactionRollbackException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.support.TransactionSynchronizationManager;

class ConflictRetryInterceptorTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final List<Duration> waits = new ArrayList<>();
    private final ConflictRetryProperties properties =
            new ConflictRetryProperties(4, Duration.ofMillis(20), Duration.ofMillis(100));

    /** Fails with the given failure for its first {@code failures} calls. */
    static class Write {
        int calls;
        int failures;
        RuntimeException failure = new CannotAcquireLockException("WSREP detected deadlock/conflict");

        String store() {
            calls++;
            if (calls <= failures) {
                throw failure;
            }
            return "stored";
        }
    }

    @AfterEach
    void noTransaction() {
        TransactionSynchronizationManager.setActualTransactionActive(false);
    }

    @Test
    void a_write_that_lost_a_conflict_is_run_again_and_counted() {
        var write = new Write();
        write.failures = 2;

        assertThat(proxied(write).store()).isEqualTo("stored");

        assertThat(write.calls).isEqualTo(3);
        assertThat(retries()).isEqualTo(2);
        assertThat(waits)
                .hasSize(2)
                .allSatisfy(wait -> assertThat(wait).isBetween(Duration.ZERO, Duration.ofMillis(100)));
    }

    @Test
    void a_galera_certification_failure_at_commit_counts_as_a_conflict() {
        var write = new Write();
        write.failures = 1;
        write.failure = new org.springframework.transaction.TransactionSystemException(
                "Could not commit",
                new SQLTransactionRollbackException("WSREP detected deadlock/conflict", "40001", 1213));

        assertThat(proxied(write).store()).isEqualTo("stored");
        assertThat(write.calls).isEqualTo(2);
    }

    @Test
    void gives_up_after_the_configured_tries_and_lets_the_conflict_through() {
        var write = new Write();
        write.failures = Integer.MAX_VALUE;

        assertThatThrownBy(() -> proxied(write).store()).isInstanceOf(CannotAcquireLockException.class);

        assertThat(write.calls).isEqualTo(4);
        assertThat(retries()).isEqualTo(3);
    }

    @Test
    void does_not_retry_inside_a_running_transaction_the_outer_call_does() {
        var write = new Write();
        write.failures = 1;
        TransactionSynchronizationManager.setActualTransactionActive(true);

        assertThatThrownBy(() -> proxied(write).store()).isInstanceOf(CannotAcquireLockException.class);

        assertThat(write.calls).isEqualTo(1);
        assertThat(retries()).isZero();
    }

    @Test
    void other_failures_are_not_retried() {
        var write = new Write();
        write.failures = 1;
        write.failure = new DataIntegrityViolationException("duplicate RO number");

        assertThatThrownBy(() -> proxied(write).store()).isInstanceOf(DataIntegrityViolationException.class);

        assertThat(write.calls).isEqualTo(1);
    }

    @Test
    void the_random_wait_grows_with_each_try_up_to_its_cap() {
        var interceptor = new ConflictRetryInterceptor(() -> properties, () -> meters, waits::add);
        for (int i = 0; i < 200; i++) {
            assertThat(interceptor.backOff(1)).isLessThanOrEqualTo(Duration.ofMillis(20));
            assertThat(interceptor.backOff(10)).isLessThanOrEqualTo(Duration.ofMillis(100));
        }
    }

    private Write proxied(Write target) {
        var factory = new ProxyFactory(target);
        factory.setProxyTargetClass(true);
        factory.addAdvice(new ConflictRetryInterceptor(() -> properties, () -> meters, waits::add));
        return (Write) factory.getProxy();
    }

    private double retries() {
        var counter = meters.find(ConflictRetryInterceptor.COUNTER)
                .tag("method", "Write.store")
                .counter();
        return counter == null ? 0 : counter.count();
    }
}
