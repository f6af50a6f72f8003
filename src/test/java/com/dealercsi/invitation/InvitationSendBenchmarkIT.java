package com.dealercsi.invitation;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * How fast visits come in through the batch API and invitations go out to GreenMail, compared with what
 * GreenMail takes when mail is sent to it directly. Not part of the normal run:
 * {@code ./mvnw test -Dtest=InvitationSendBenchmarkIT -Dbenchmark=true}.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class InvitationSendBenchmarkIT extends IntegrationTest {

    static final int VISITS = Integer.getInteger("benchmark.visits", 10_000);
    static final int BATCH = 1_000;
    static final int RAW_MAILS = 2_000;

    @Autowired
    TestStores stores;

    @Autowired
    JavaMailSender sender;

    @Test
    void ten_thousand_invitations_through_the_batch_api_and_the_outbox() throws Exception {
        var store = stores.create();
        var start = System.nanoTime();
        for (int batch = 0; batch < VISITS / BATCH; batch++) {
            var rows = new ArrayList<String>(BATCH);
            for (int i = 0; i < BATCH; i++) {
                var n = batch * BATCH + i;
                rows.add(Api.visitJson("RO-BM-" + n, "bench" + n + "@example.com", store.advisorCode(), "zh-CN"));
            }
            var response = Api.postJson(baseUrl(), store.apiKey(), "/api/v1/visits:batch",
                    "{\"visits\": [" + String.join(",", rows) + "]}", "en");
            assertThat(response.body().get("summary").get("created").asInt()).isEqualTo(BATCH);
        }
        var stored = System.nanoTime();
        Awaitility.await().atMost(Duration.ofMinutes(15)).pollInterval(Duration.ofMillis(250))
                .until(() -> TestMailServer.received().size() >= VISITS);
        var mailed = System.nanoTime();

        TestMailServer.purge();
        var rawStart = System.nanoTime();
        try (var pool = Executors.newFixedThreadPool(10)) {
            for (int i = 0; i < RAW_MAILS; i++) {
                var n = i;
                pool.submit(() -> {
                    var mail = new SimpleMailMessage();
                    mail.setFrom("bench@dealer-csi.local");
                    mail.setTo("raw" + n + "@example.com");
                    mail.setSubject("raw " + n);
                    mail.setText("x".repeat(4000));
                    sender.send(mail);
                });
            }
            pool.shutdown();
            assertThat(pool.awaitTermination(10, TimeUnit.MINUTES)).isTrue();
        }
        var rawEnd = System.nanoTime();
        TestMailServer.purge();

        var apiSeconds = (stored - start) / 1e9;
        var totalSeconds = (mailed - start) / 1e9;
        var rawSeconds = (rawEnd - rawStart) / 1e9;
        System.out.printf("""
                BENCHMARK %d visits in %d batches: batch API %.1f s = %.0f rows/s; all invitations mailed after %.1f s \
                = %.0f mails/s end to end; GreenMail alone (10 threads, %d plain mails) %.0f mails/s%n""",
                VISITS, VISITS / BATCH, apiSeconds, VISITS / apiSeconds, totalSeconds, VISITS / totalSeconds,
                RAW_MAILS, RAW_MAILS / rawSeconds);
    }
}
