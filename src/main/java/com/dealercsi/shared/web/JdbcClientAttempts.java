package com.dealercsi.shared.web;

import com.dealercsi.shared.Hashing;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * {@link ClientAttempts} in the {@code client_attempt} table. Each count is one upsert in its own transaction; on
 * Galera two nodes counting the same client at once make one of them fail at commit (a certification conflict,
 * reported as a deadlock), and that one simply counts again.
 */
@Component
class JdbcClientAttempts implements ClientAttempts {

    private static final int TRIES = 5;
    private static final Duration KEPT = Duration.ofDays(1);

    private final JdbcTemplate jdbc;
    private final Clock clock;

    JdbcClientAttempts(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Optional<Attempts> current(String scope, String client) {
        return jdbc
                .query(
                        "select first_at, last_at, attempts from client_attempt where scope = ? and client_hash = ?",
                        (rs, row) -> new Attempts(
                                rs.getTimestamp(1).toInstant(),
                                rs.getTimestamp(2).toInstant(),
                                rs.getInt(3)),
                        scope,
                        Hashing.sha256Hex(client))
                .stream()
                .findFirst();
    }

    @Override
    public void record(
            String scope, String client, Instant now, Instant restartIfFirstBefore, Instant restartIfLastBefore) {
        var at = Timestamp.from(now);
        var firstBefore = Timestamp.from(restartIfFirstBefore);
        var lastBefore = Timestamp.from(restartIfLastBefore);
        // MariaDB assigns left to right: attempts and first_at still see the old first_at and last_at
        var upsert = """
                insert into client_attempt (scope, client_hash, first_at, last_at, attempts) values (?, ?, ?, ?, 1)
                on duplicate key update
                    attempts = if(first_at <= ? or last_at < ?, 1, attempts + 1),
                    first_at = if(first_at <= ? or last_at < ?, values(first_at), first_at),
                    last_at = values(last_at)""";
        for (int attempt = 1; ; attempt++) {
            try {
                jdbc.update(
                        upsert,
                        scope,
                        Hashing.sha256Hex(client),
                        at,
                        at,
                        firstBefore,
                        lastBefore,
                        firstBefore,
                        lastBefore);
                return;
            } catch (PessimisticLockingFailureException conflictWithAnotherNode) {
                if (attempt == TRIES) {
                    throw conflictWithAnotherNode;
                }
            }
        }
    }

    @Override
    public void forget(String scope, String client) {
        jdbc.update("delete from client_attempt where scope = ? and client_hash = ?", scope, Hashing.sha256Hex(client));
    }

    /** Counts a day old say nothing any more (every window and delay is shorter); each node may run this. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT10M")
    void forgetOldCounts() {
        jdbc.update(
                "delete from client_attempt where last_at < ?",
                Timestamp.from(clock.instant().minus(KEPT)));
    }
}
