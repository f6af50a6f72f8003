package com.dealercsi.invitation;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealercsi.shared.mail.Mailer;
import com.dealercsi.shared.mail.OutgoingMail;
import com.dealercsi.support.Api;
import com.dealercsi.support.IntegrationTest;
import com.dealercsi.support.TestMailServer;
import com.dealercsi.support.TestStores;
import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * How fast visits come in through the batch API, and, separately, how fast their invitations go out to GreenMail
 * once they fall due, compared with what GreenMail takes when mail is sent to it directly. The store delays its
 * invitations by a day, so intake and sending are measured apart; then the clock moves a day on and the
 * scheduler's ticks send everything that fell due. Not part of the normal run:
 * {@code ./mvnw test -Dtest=InvitationSendBenchmarkIT -Dbenchmark=true}.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class InvitationSendBenchmarkIT extends IntegrationTest {

    static final int VISITS = Integer.getInteger("benchmark.visits", 10_000);
    static final int BATCH = 1_000;
    static final int RAW_MAILS = 2_000;

    @Autowired
    TestStores stores;

    /** The app's own sender, with its kept connections: what SMTP takes without the app's work around it. */
    @Autowired
    Mailer mailer;

    @Autowired
    InvitationPolicies policies;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void ten_thousand_invitations_through_the_batch_api_and_the_outbox() throws Exception {
        var store = stores.create();
        TestStores.asAdmin(() -> {
            policies.override(store.store().id(), Duration.ofDays(1), null, null, Duration.ZERO);
            return null;
        });
        var start = System.nanoTime();
        for (int batch = 0; batch < VISITS / BATCH; batch++) {
            var rows = new ArrayList<String>(BATCH);
            for (int i = 0; i < BATCH; i++) {
                var n = batch * BATCH + i;
                rows.add(Api.visitJson("RO-BM-" + n, "bench" + n + "@example.com", store.advisorCode(), "zh-CN"));
            }
            var response = Api.postJson(
                    baseUrl(),
                    store.apiKey(),
                    "/api/v1/visits:batch",
                    "{\"visits\": [" + String.join(",", rows) + "]}",
                    "en");
            assertThat(response.body().get("summary").get("created").asInt()).isEqualTo(BATCH);
        }
        var stored = System.nanoTime();
        Awaitility.await()
                .atMost(Duration.ofMinutes(15))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> scheduled(store) >= VISITS);
        var allScheduled = System.nanoTime();

        clock.advance(Duration.ofDays(1).plusMinutes(1));
        var sendStart = System.nanoTime();
        Awaitility.await()
                .atMost(Duration.ofMinutes(15))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> TestMailServer.received().size() >= VISITS);
        var mailed = System.nanoTime();
        assertThat(TestMailServer.received()).hasSize(VISITS);

        TestMailServer.purge();
        var rawStart = System.nanoTime();
        try (var pool = Executors.newFixedThreadPool(10)) {
            for (int i = 0; i < RAW_MAILS; i++) {
                var n = i;
                pool.submit(() -> mailer.send(
                        com.dealercsi.shared.mail.MailPurpose.INVITATION,
                        new OutgoingMail(
                                java.util.List.of("raw" + n + "@example.com"),
                                "raw " + n,
                                "<p>" + "x".repeat(4000) + "</p>",
                                "x".repeat(4000),
                                java.util.Map.of())));
            }
            pool.shutdown();
            assertThat(pool.awaitTermination(10, TimeUnit.MINUTES)).isTrue();
        }
        var rawEnd = System.nanoTime();
        TestMailServer.purge();

        var apiSeconds = (stored - start) / 1e9;
        var scheduledSeconds = (allScheduled - start) / 1e9;
        var sendSeconds = (mailed - sendStart) / 1e9;
        var rawSeconds = (rawEnd - rawStart) / 1e9;
        System.out.printf(
                "BENCHMARK %d visits in %d batches: batch API %.1f s = %.0f rows/s, every invitation"
                        + " scheduled after %.1f s; sending them once due %.1f s = %.0f mails/s; GreenMail alone"
                        + " (10 threads through the same sender, %d mails) %.0f mails/s%n",
                VISITS,
                VISITS / BATCH,
                apiSeconds,
                VISITS / apiSeconds,
                scheduledSeconds,
                sendSeconds,
                VISITS / sendSeconds,
                RAW_MAILS,
                RAW_MAILS / rawSeconds);
    }

    private int scheduled(TestStores.TestStore store) {
        return jdbc.queryForObject(
                "select count(*) from invitation where store_id = ? and state = 'SCHEDULED'",
                Integer.class,
                store.store().id().toString());
    }
}
