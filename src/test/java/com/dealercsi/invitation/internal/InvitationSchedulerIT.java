package com.dealercsi.invitation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealercsi.invitation.InvitationPolicies;
import com.dealercsi.support.Api;
import com.dealercsi.support.IntegrationTest;
import com.dealercsi.support.TestStores;
import java.time.Duration;
import java.util.ArrayList;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class InvitationSchedulerIT extends IntegrationTest {

    private static final int VISITS = 450;

    @Autowired
    TestStores stores;

    @Autowired
    InvitationPolicies policies;

    @Autowired
    InvitationScheduler scheduler;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void one_tick_queues_every_invitation_that_fell_due_not_just_one_batch() {
        var store = stores.create();
        TestStores.asAdmin(() -> {
            policies.override(store.store().id(), Duration.ofDays(1), null, null, Duration.ZERO);
            return null;
        });
        var rows = new ArrayList<String>();
        for (int i = 0; i < VISITS; i++) {
            // delivered now: a fixed date would fall more than the day's delay behind the real clock one day
            rows.add(Api.visitJson(
                    "RO-T" + i,
                    "tick" + i + "-" + store.code() + "@example.com",
                    store.advisorCode(),
                    "zh-CN",
                    clock.instant()));
        }
        Api.postJson(
                baseUrl(),
                store.apiKey(),
                "/api/v1/visits:batch",
                "{\"visits\": [" + String.join(",", rows) + "]}",
                "en");
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> count(store, "state = 'SCHEDULED'") == VISITS);

        clock.advance(Duration.ofDays(1).plusMinutes(1));
        scheduler.tick();

        assertThat(count(store, "state = 'SCHEDULED'")).isZero();
    }

    private int count(TestStores.TestStore store, String condition) {
        return jdbc.queryForObject(
                "select count(*) from invitation where store_id = ? and " + condition,
                Integer.class,
                store.store().id().toString());
    }
}
