package com.dealercsi.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealercsi.support.IntegrationTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Counts kept in the database are one count for every app node (issue 11). */
class ClientAttemptsIT extends IntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    /** Two app nodes: each has its own counter object, both on the one database. */
    private JdbcClientAttempts nodeA() {
        return new JdbcClientAttempts(jdbc, clock);
    }

    private JdbcClientAttempts nodeB() {
        return new JdbcClientAttempts(jdbc, clock);
    }

    @Test
    void a_guesser_spreading_wrong_links_over_two_nodes_is_held_to_one_limit() {
        var window = Duration.ofMinutes(15);
        var onA = new FailedLookupLimiter("it-link", 10, window, clock, nodeA());
        var onB = new FailedLookupLimiter("it-link", 10, window, clock, nodeB());
        var guesser = "203.0.113." + UUID.randomUUID();

        for (int i = 0; i < 9; i++) {
            (i % 2 == 0 ? onA : onB).recordFailure(guesser);
        }
        assertThat(onA.isBlocked(guesser)).isFalse();
        assertThat(onB.isBlocked(guesser)).isFalse();

        onB.recordFailure(guesser);

        assertThat(onA.isBlocked(guesser))
                .as("ten tries in all, five on each node")
                .isTrue();
        assertThat(onB.isBlocked(guesser)).isTrue();
        assertThat(onA.isBlocked("203.0.113.other-" + UUID.randomUUID())).isFalse();

        clock.advance(window);
        assertThat(onB.isBlocked(guesser)).as("the window has ended").isFalse();
        onA.recordFailure(guesser);
        assertThat(nodeB().current("it-link", guesser).orElseThrow().count())
                .as("a new window counts from one")
                .isEqualTo(1);
    }

    @Test
    void attempts_counted_at_once_by_many_requests_on_two_nodes_are_all_counted() throws Exception {
        var client = "login-" + UUID.randomUUID();
        var nodes = new JdbcClientAttempts[] {nodeA(), nodeB()};
        var tries = new ArrayList<Callable<Void>>();
        for (int i = 0; i < 200; i++) {
            var node = nodes[i % 2];
            tries.add(() -> {
                var now = clock.instant();
                node.record("it-login", client, now, java.time.Instant.EPOCH, now.minus(Duration.ofMinutes(15)));
                return null;
            });
        }
        try (var threads = Executors.newFixedThreadPool(8)) {
            for (var done : threads.invokeAll(tries)) {
                done.get();
            }
        }

        assertThat(nodeA().current("it-login", client).orElseThrow().count()).isEqualTo(200);
    }

    @Test
    void the_client_is_stored_only_as_a_hash_and_old_counts_are_forgotten() {
        var client = "owner-" + UUID.randomUUID() + "@example.com";
        nodeA().record("it-hash", client, clock.instant(), java.time.Instant.EPOCH, java.time.Instant.EPOCH);

        assertThat(jdbc.queryForObject(
                        "select count(*) from client_attempt where client_hash like ?", Integer.class, "%@%"))
                .isZero();
        assertThat(nodeA().current("it-hash", client)).isPresent();

        clock.advance(Duration.ofDays(2));
        nodeB().forgetOldCounts();

        assertThat(nodeA().current("it-hash", client)).isEmpty();
    }
}
