package com.dealercsi.shared.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealercsi.support.IntegrationTest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class OutboxHousekeepingIT extends IntegrationTest {

    @Autowired
    IncompletePublicationsRetry outbox;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void completed_publications_older_than_a_week_are_deleted_and_unfinished_ones_are_kept() {
        var now = Instant.now();
        var oldCompleted = insert(now.minus(Duration.ofDays(30)), now.minus(Duration.ofDays(30)));
        var recentCompleted = insert(now.minus(Duration.ofDays(2)), now.minus(Duration.ofDays(2)));
        var oldIncomplete = insert(now.minus(Duration.ofDays(30)), null);

        outbox.deleteOldCompletedPublications();

        assertThat(exists(oldCompleted)).isFalse();
        assertThat(exists(recentCompleted)).isTrue();
        assertThat(exists(oldIncomplete)).isTrue();
        jdbc.update(
                "delete from event_publication where id in (?, ?)",
                recentCompleted.toString(),
                oldIncomplete.toString());
    }

    private UUID insert(Instant published, Instant completed) {
        var id = UUID.randomUUID();
        jdbc.update(
                """
                insert into event_publication (id, listener_id, event_type, serialized_event, publication_date,
                    completion_date, status, completion_attempts)
                values (?, 'housekeeping-test', 'java.lang.String', '"x"', ?, ?, ?, 1)""",
                id.toString(),
                Timestamp.from(published),
                completed == null ? null : Timestamp.from(completed),
                completed == null ? "FAILED" : "COMPLETED");
        return id;
    }

    private boolean exists(UUID id) {
        return jdbc.queryForObject("select count(*) from event_publication where id = ?", Integer.class, id.toString())
                == 1;
    }
}
