package com.dealercsi.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealercsi.shared.Language;
import com.dealercsi.support.Api;
import com.dealercsi.support.IntegrationTest;
import com.dealercsi.support.TestStores;
import com.dealercsi.visit.VisitDelivered;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The visits of a day are counted up one by one, and a redelivered event does not count twice. */
class VisitRollupIT extends IntegrationTest {

    @Autowired
    TestStores stores;

    @Autowired
    ReportingProjection projection;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void each_delivered_visit_counts_once_even_when_its_event_comes_again() {
        var store = stores.create();
        var first = post(store, "RO-1");
        post(store, "RO-2");
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> visitsCounted(store) == 2);

        var deliveredAt = jdbc.queryForObject(
                        "select delivered_at from report_visit where visit_id = ?",
                        java.sql.Timestamp.class,
                        first.toString())
                .toInstant();
        projection.record(new VisitDelivered(first, store.store().id(), "x@example.com", Language.ZH_CN, deliveredAt));
        assertThat(visitsCounted(store)).isEqualTo(2);

        projection.rebuildRollups();
        assertThat(visitsCounted(store)).as("the same as counted from scratch").isEqualTo(2);
    }

    @Test
    void a_visit_whose_answer_was_recorded_first_is_counted_when_its_delivery_arrives() {
        var store = stores.create();
        var visit = UUID.randomUUID();
        var now = Instant.now();
        // events may arrive in any order: the answer's event left a row without a delivery time
        jdbc.update(
                "insert into report_visit (visit_id, store_id, responded_at) values (?, ?, ?)",
                visit.toString(),
                store.store().id().toString(),
                java.sql.Timestamp.from(now));

        projection.record(new VisitDelivered(
                visit, store.store().id(), "x@example.com", Language.ZH_CN, now.minus(Duration.ofHours(2))));

        assertThat(visitsCounted(store)).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select sum(revisited) from report_visit_daily where store_id = ?",
                        Integer.class,
                        store.store().id().toString()))
                .as("answered within the window")
                .isEqualTo(1);
    }

    private UUID post(TestStores.TestStore store, String ro) {
        var response = Api.postVisit(
                baseUrl(),
                store.apiKey(),
                Api.visitJson(
                        ro + "-" + store.code(),
                        ro.toLowerCase() + "-" + store.code() + "@example.com",
                        store.advisorCode(),
                        "zh-CN"),
                "en");
        return UUID.fromString(response.body().get("id").asString());
    }

    private int visitsCounted(TestStores.TestStore store) {
        var sum = jdbc.queryForObject(
                "select sum(visits) from report_visit_daily where store_id = ?",
                Integer.class,
                store.store().id().toString());
        return sum == null ? 0 : sum;
    }
}
