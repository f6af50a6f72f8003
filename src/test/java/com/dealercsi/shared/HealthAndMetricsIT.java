package com.dealercsi.shared;

import static com.dealercsi.recovery.RecoveryFixtures.answers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dealercsi.recovery.RecoveryFixtures;
import com.dealercsi.shared.mail.MailBody;
import com.dealercsi.shared.mail.MailPurpose;
import com.dealercsi.shared.mail.Mailer;
import com.dealercsi.shared.mail.OutgoingMail;
import com.dealercsi.support.IntegrationTest;
import com.dealercsi.support.TestMailServer;
import com.dealercsi.survey.Questionnaires;
import com.dealercsi.survey.Surveys;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Probes for a load balancer and the product's metrics for Prometheus, on the management port. */
class HealthAndMetricsIT extends IntegrationTest {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    @Autowired
    RecoveryFixtures fixtures;

    @Autowired
    Surveys surveys;

    @Autowired
    Mailer mailer;

    @Autowired
    MeterRegistry meters;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void readiness_is_up_once_the_database_answers() {
        var readiness = get(managementUrl() + "/actuator/health/readiness");
        var liveness = get(managementUrl() + "/actuator/health/liveness");

        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"status\":\"UP\"").contains("\"db\"");
        assertThat(liveness.statusCode()).isEqualTo(200);
        assertThat(liveness.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void health_shows_the_database_the_mail_server_and_the_outbox_watchdog_without_a_login() {
        var health = get(managementUrl() + "/actuator/health");

        assertThat(health.body()).contains("\"db\"", "\"mail\"", "\"outbox\"", "\"stallAfter\"");
    }

    @Test
    void a_mail_server_that_is_down_shows_in_health_but_keeps_the_node_ready() {
        TestMailServer.stop();
        try {
            var health = get(managementUrl() + "/actuator/health");
            var readiness = get(managementUrl() + "/actuator/health/readiness");

            assertThat(health.statusCode()).isEqualTo(503);
            assertThat(health.body()).containsPattern("\"mail\":\\{\"details\":\\{[^}]*},\"status\":\"DOWN\"");
            assertThat(readiness.statusCode()).isEqualTo(200);
            assertThat(readiness.body()).contains("\"status\":\"UP\"").doesNotContain("\"mail\"");
        } finally {
            TestMailServer.restart();
        }
    }

    @Test
    void a_mail_the_server_does_not_take_is_counted_as_failed_under_its_kind() {
        var failedBefore = meters.get("csi.mails.failed")
                .tag("kind", "escalation")
                .counter()
                .count();
        var sentBefore =
                meters.get("csi.mails.sent").tag("kind", "escalation").counter().count();
        var mail = new OutgoingMail(List.of("nobody@test.local"), "Escalation", new MailBody("<p>x</p>", "x"));
        TestMailServer.stop();
        try {
            assertThatThrownBy(() -> mailer.send(MailPurpose.ESCALATION, mail)).isInstanceOf(RuntimeException.class);
        } finally {
            TestMailServer.restart();
        }
        mailer.send(MailPurpose.ESCALATION, mail);

        assertThat(meters.get("csi.mails.failed")
                        .tag("kind", "escalation")
                        .counter()
                        .count())
                .isEqualTo(failedBefore + 1);
        assertThat(meters.get("csi.mails.sent")
                        .tag("kind", "escalation")
                        .counter()
                        .count())
                .isEqualTo(sentBefore + 1);
    }

    @Test
    void the_outbox_watchdog_says_down_when_work_waits_and_nothing_completes_but_the_node_stays_ready() {
        var id = UUID.randomUUID();
        // waiting since now, never handed out; then time moves on ten minutes with nothing completing
        jdbc.update("""
                insert into event_publication (id, listener_id, event_type, serialized_event, publication_date, status,
                    completion_attempts)
                values (?, 'watchdog-test', 'java.lang.String', '"x"', ?, 'PUBLISHED', 0)""", id.toString(), LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
        try {
            clock.advance(Duration.ofMinutes(10));

            // the snapshot behind the health check is cached for a few seconds
            Awaitility.await()
                    .atMost(Duration.ofSeconds(15))
                    .pollInterval(Duration.ofSeconds(1))
                    .untilAsserted(() -> assertThat(
                                    get(managementUrl() + "/actuator/health").body())
                            .containsPattern("\"outbox\":\\{\"details\":\\{[^}]*},\"status\":\"DOWN\""));
            assertThat(get(managementUrl() + "/actuator/health/readiness").statusCode())
                    .isEqualTo(200);
            assertThat(get(managementUrl() + "/actuator/health/liveness").statusCode())
                    .isEqualTo(200);
        } finally {
            jdbc.update("delete from event_publication where id = ?", id.toString());
            clock.reset();
        }
    }

    @Test
    void the_apps_own_port_serves_no_actuator() {
        var metrics = get(baseUrl() + "/actuator/prometheus");

        assertThat(metrics.statusCode()).isNotEqualTo(200);
        assertThat(metrics.body()).doesNotContain("csi_");
    }

    @Test
    void prometheus_lists_the_product_metrics_with_live_values_after_the_core_loop() {
        var store = fixtures.storeWithGeneralManager();
        var token = RecoveryFixtures.invite(baseUrl(), store, "RO-METRICS");
        surveys.submit(token, Questionnaires.STANDARD_VERSION, answers(3, 2, 2, "Nobody called me back", false));
        TestMailServer.awaitMails(store.csManagerEmail(), 1, Duration.ofSeconds(20));

        // the gauges are cached for a few seconds, so the answered invitation and the case show up within those
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> {
                    var scrape = get(managementUrl() + "/actuator/prometheus");
                    assertThat(scrape.statusCode()).isEqualTo(200);
                    var text = scrape.body();
                    assertThat(value(text, "csi_invitations", "state=\"ANSWERED\""))
                            .hasValueSatisfying(v -> assertThat(v).isGreaterThanOrEqualTo(1));
                    assertThat(value(text, "csi_invitations", "state=\"QUEUED\""))
                            .isPresent();
                    assertThat(value(text, "csi_mails_sent_total", "kind=\"invitation\""))
                            .hasValueSatisfying(v -> assertThat(v).isGreaterThanOrEqualTo(1));
                    assertThat(value(text, "csi_mails_sent_total", "kind=\"alert\""))
                            .hasValueSatisfying(v -> assertThat(v).isGreaterThanOrEqualTo(1));
                    assertThat(value(text, "csi_mails_failed_total", "kind=\"alert\""))
                            .isPresent();
                    assertThat(value(text, "csi_alert_latency_seconds_count", ""))
                            .hasValueSatisfying(v -> assertThat(v).isGreaterThanOrEqualTo(1));
                    assertThat(value(text, "csi_alert_latency_seconds_bucket", "le=\"5.0\""))
                            .isPresent();
                    assertThat(value(text, "csi_outbox_publications_incomplete", ""))
                            .isPresent();
                    assertThat(value(text, "csi_outbox_publications_failed", ""))
                            .isPresent();
                    assertThat(value(text, "csi_outbox_oldest_incomplete_age_seconds", ""))
                            .isPresent();
                    assertThat(value(text, "csi_cases_open", ""))
                            .hasValueSatisfying(v -> assertThat(v).isGreaterThanOrEqualTo(1));
                    assertThat(value(text, "csi_cases_overdue", "")).isPresent();
                    assertThat(value(text, "hikaricp_connections_active", "")).isPresent();
                    assertThat(value(text, "jvm_memory_used_bytes", "")).isPresent();
                    System.out.println(Arrays.stream(text.split("\n"))
                            .filter(line ->
                                    line.startsWith("csi_") && !line.startsWith("csi_alert_latency_seconds_bucket"))
                            .collect(Collectors.joining("\n")));
                });
    }

    /** The value of the first sample of {@code metric} whose labels contain {@code label}. */
    private static Optional<Double> value(String scrape, String metric, String label) {
        return Arrays.stream(scrape.split("\n"))
                .filter(line -> line.startsWith(metric + "{") || line.startsWith(metric + " "))
                .filter(line -> line.contains(label))
                .map(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst();
    }

    private static HttpResponse<String> get(String url) {
        try {
            return HTTP.send(
                    HttpRequest.newBuilder(URI.create(url))
                            .timeout(Duration.ofSeconds(20))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
