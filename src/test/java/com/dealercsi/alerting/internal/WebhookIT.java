package com.dealercsi.alerting.internal;

import static com.dealercsi.recovery.RecoveryFixtures.answers;
import static org.assertj.core.api.Assertions.assertThat;

import com.dealercsi.alerting.AlertSettings;
import com.dealercsi.alerting.AlertSettingsService;
import com.dealercsi.alerting.WebhookChannel;
import com.dealercsi.alerting.WebhookChannel.Kind;
import com.dealercsi.recovery.RecoveryFixtures;
import com.dealercsi.support.IntegrationTest;
import com.dealercsi.support.SignedIn;
import com.dealercsi.survey.Surveys;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Alerts posted to a generic signed webhook and to the WeCom, DingTalk and Feishu robots, on a local server. */
class WebhookIT extends IntegrationTest {

    static final String SECRET = "a-long-shared-secret-0123456789";
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    RecoveryFixtures fixtures;

    @Autowired
    Surveys surveys;

    @Autowired
    AlertSettingsService settings;

    @Autowired
    SignedIn signedIn;

    HttpServer server;
    final List<Received> received = new CopyOnWriteArrayList<>();
    final AtomicInteger genericFailuresLeft = new AtomicInteger();

    record Received(String path, String query, Map<String, List<String>> headers, byte[] body) {
        JsonNode json() {
            return JSON.readTree(body);
        }

        String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().getFirst())
                    .findFirst()
                    .orElse(null);
        }
    }

    @BeforeEach
    void startReceiver() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            var body = exchange.getRequestBody().readAllBytes();
            var path = exchange.getRequestURI().getPath();
            boolean fail = path.startsWith("/generic") && genericFailuresLeft.getAndDecrement() > 0;
            if (!fail) {
                received.add(new Received(
                        path, exchange.getRequestURI().getRawQuery(), Map.copyOf(exchange.getRequestHeaders()), body));
            }
            var answer = (fail ? "{\"error\":\"try later\"}" : "{\"errcode\":0,\"errmsg\":\"ok\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(fail ? 503 : 200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopReceiver() {
        server.stop(0);
    }

    @Test
    void a_red_alert_reaches_the_signed_generic_webhook_and_the_three_robots() throws Exception {
        var store = fixtures.storeWithGeneralManager();
        var base = "http://127.0.0.1:" + server.getAddress().getPort();
        var channels = List.of(
                new WebhookChannel(Kind.GENERIC, base + "/generic", SECRET),
                new WebhookChannel(Kind.WECOM, base + "/wecom?key=abc", ""),
                new WebhookChannel(Kind.DINGTALK, base + "/dingtalk?access_token=t", "SECdingtalk"),
                new WebhookChannel(Kind.FEISHU, base + "/feishu/hook", "feishu-secret"));
        assertThat(signedIn.as(
                        store.managerEmail(),
                        () -> settings.save(
                                store.store().id(), AlertSettings.defaults().withWebhooks(channels))))
                .isEmpty();
        var token = RecoveryFixtures.invite(baseUrl(), store, "RO-HOOK");

        surveys.submit(token, com.dealercsi.survey.Questionnaires.STANDARD_VERSION, answers(3, 2, 2, "要投诉", false));

        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> received.size() == 4);
        // robot messages land in group chats: none of them carries the owner's name, mobile (full or masked),
        // e-mail or plate, in the body or the address (ADR 0052)
        assertThat(received)
                .allSatisfy(hook -> assertThat(hook.json().toString() + " "
                                + new String(hook.body(), StandardCharsets.UTF_8) + " " + hook.query())
                        .as(hook.path())
                        .doesNotContain(
                                "王先生",
                                "13800138000",
                                "138****8000",
                                "138 0013 8000",
                                "owner-ro-hook",
                                "example.com",
                                "沪A88888",
                                "88888"));
        var generic = only("/generic");
        var expected =
                "sha256=" + HexFormat.of().formatHex(hmac(SECRET.getBytes(StandardCharsets.UTF_8), generic.body()));
        assertThat(generic.header("X-CSI-Signature")).isEqualTo(expected);
        assertThat(generic.header("X-CSI-Delivery"))
                .startsWith(generic.json().get("alertId").asString() + ":");
        assertThat(generic.json().get("level").asString()).isEqualTo("RED");
        assertThat(generic.json().get("roNumber").asString()).isEqualTo("RO-HOOK");
        assertThat(generic.json().get("link").asString()).startsWith(baseUrl() + "/cases/response/");
        assertThat(generic.json()
                        .get("rules")
                        .valueStream()
                        .map(r -> r.get("rule").asString()))
                .contains("LOW_OVERALL", "COMPLAINT_KEYWORD");

        var wecom = only("/wecom");
        assertThat(wecom.query()).isEqualTo("key=abc");
        assertThat(wecom.json().get("msgtype").asString()).isEqualTo("markdown");
        assertThat(wecom.json().get("markdown").get("content").asString())
                .contains("红色预警", "RO-HOOK")
                .doesNotContain("王先生", "138");

        var dingtalk = only("/dingtalk");
        assertThat(dingtalk.json().get("msgtype").asString()).isEqualTo("markdown");
        assertThat(dingtalk.json().get("markdown").get("title").asString())
                .contains(store.store().name());
        var query = dingtalk.query();
        assertThat(query).startsWith("access_token=t&timestamp=").contains("&sign=");
        var timestamp = query.replaceAll(".*timestamp=(\\d+).*", "$1");
        var sign = java.net.URLDecoder.decode(query.replaceAll(".*sign=([^&]+).*", "$1"), StandardCharsets.UTF_8);
        assertThat(sign)
                .isEqualTo(Base64.getEncoder()
                        .encodeToString(hmac(
                                "SECdingtalk".getBytes(StandardCharsets.UTF_8),
                                (timestamp + "\nSECdingtalk").getBytes(StandardCharsets.UTF_8))));

        var feishu = only("/feishu/hook");
        assertThat(feishu.json().get("msg_type").asString()).isEqualTo("text");
        var feishuTime = feishu.json().get("timestamp").asString();
        assertThat(feishu.json().get("sign").asString())
                .isEqualTo(Base64.getEncoder()
                        .encodeToString(
                                hmac((feishuTime + "\nfeishu-secret").getBytes(StandardCharsets.UTF_8), new byte[0])));
        assertThat(feishu.json().get("content").get("text").asString())
                .contains("RO-HOOK")
                .doesNotContain("###");
    }

    @Test
    void a_webhook_that_refuses_is_retried_through_the_outbox_and_delivered_once() {
        var store = fixtures.storeWithGeneralManager();
        genericFailuresLeft.set(2);
        var base = "http://127.0.0.1:" + server.getAddress().getPort();
        assertThat(signedIn.as(
                        store.managerEmail(),
                        () -> settings.save(
                                store.store().id(),
                                AlertSettings.defaults()
                                        .withWebhooks(
                                                List.of(new WebhookChannel(Kind.GENERIC, base + "/generic", SECRET))))))
                .isEmpty();
        var token = RecoveryFixtures.invite(baseUrl(), store, "RO-RETRY");

        surveys.submit(token, com.dealercsi.survey.Questionnaires.STANDARD_VERSION, answers(3, 2, 2, null, false));

        Awaitility.await().atMost(Duration.ofSeconds(40)).until(() -> received.size() == 1);
        assertThat(genericFailuresLeft.get()).isNegative();
        Awaitility.await()
                .during(Duration.ofSeconds(4))
                .atMost(Duration.ofSeconds(8))
                .until(() -> received.size() == 1);
    }

    private Received only(String path) {
        var matching = received.stream().filter(r -> r.path().equals(path)).toList();
        assertThat(matching).as(path).hasSize(1);
        return matching.getFirst();
    }

    private static byte[] hmac(byte[] key, byte[] data) throws Exception {
        var mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(data);
    }
}
