package com.dealercsi.alerting.internal;

import com.dealercsi.admin.Stores;
import com.dealercsi.alerting.AlertReasons;
import com.dealercsi.alerting.WebhookChannel;
import com.dealercsi.shared.CsiProperties;
import com.dealercsi.shared.Language;
import com.dealercsi.visit.Visits;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Posts an alert to a webhook channel: a generic JSON document signed with HMAC-SHA256 in
 * {@code X-CSI-Signature}, or the group-robot message of WeCom, DingTalk or Feishu. A channel that does not
 * accept the post makes the listener fail, so the outbox retries; the key (alert, channel) is written in the
 * same transaction, so a redelivery after success posts nothing. Robot messages carry no owner name or phone:
 * group chats are wider audiences than mailboxes.
 */
@Component
class AlertWebhookSender {

    static final String SIGNATURE_HEADER = "X-CSI-Signature";
    static final String DELIVERY_HEADER = "X-CSI-Delivery";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Group robots are watched by Chinese service teams. */
    private static final Language ROBOT_LANGUAGE = Language.ZH_CN;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final AlertBookkeeping bookkeeping;
    private final Visits visits;
    private final Stores stores;
    private final MessageSource messages;
    private final CsiProperties csi;
    private final Clock clock;

    AlertWebhookSender(
            AlertBookkeeping bookkeeping,
            Visits visits,
            Stores stores,
            MessageSource messages,
            CsiProperties csi,
            Clock clock) {
        this.bookkeeping = bookkeeping;
        this.visits = visits;
        this.stores = stores;
        this.messages = messages;
        this.csi = csi;
        this.clock = clock;
    }

    /** Failures are unchecked on purpose: only they roll the idempotency key back (checked ones would commit it). */
    @ApplicationModuleListener
    void on(AlertWebhookDue due) {
        var channel = due.channel();
        if (bookkeeping.posted(due.alertId(), channel.key())) {
            return;
        }
        bookkeeping.markPosted(due.alertId(), channel.key(), clock.instant());
        var visit = visits.find(due.visitId()).orElseThrow();
        var store = stores.get(due.storeId());
        var link = csi.link(
                due.level().opensCase() ? "/cases/response/" + due.responseId() : "/responses/" + due.responseId());
        var locale = ROBOT_LANGUAGE.locale();
        var level = messages.getMessage("alert.level." + due.level().name(), null, locale);
        // the robots render Markdown: words from owners, the DMS, the store or staff go in inert (ADR 0042)
        var rules = String.join(
                "; ",
                AlertReasons.describe(due.rules(), (key, args) -> messages.getMessage(key, args, locale)).stream()
                        .map(MarkdownText::inert)
                        .toList());
        var text = messages.getMessage(
                "alerting.webhook.text",
                new Object[] {
                    level,
                    MarkdownText.inert(store.name()),
                    rules,
                    MarkdownText.inert(visit.roNumber()),
                    // the model, not the plate: a group chat is no place for an owner's personal data (ADR 0052)
                    MarkdownText.inert(visit.model()),
                    MarkdownText.inert(visit.advisorName()),
                    link
                },
                locale);
        var title = messages.getMessage(
                "alerting.webhook.title", new Object[] {level, MarkdownText.inert(store.name())}, locale);
        var url = channel.url();
        var headers = new LinkedHashMap<String, String>();
        headers.put(DELIVERY_HEADER, due.alertId() + ":" + channel.key());
        Object body;
        switch (channel.kind()) {
            case GENERIC -> {
                var document = new LinkedHashMap<String, Object>();
                document.put("alertId", due.alertId().toString());
                document.put("responseId", due.responseId().toString());
                document.put("store", Map.of("id", store.id().toString(), "code", store.code(), "name", store.name()));
                document.put("level", due.level().name());
                document.put(
                        "rules",
                        due.rules().stream()
                                .map(r -> Map.of(
                                        "rule",
                                        r.rule().name(),
                                        "level",
                                        r.level().name(),
                                        "detail",
                                        r.detail()))
                                .toList());
                document.put("roNumber", visit.roNumber());
                document.put("advisor", visit.advisorName());
                document.put("link", link);
                body = document;
            }
            case WECOM -> body = Map.of("msgtype", "markdown", "markdown", Map.of("content", text));
            case DINGTALK -> {
                body = Map.of("msgtype", "markdown", "markdown", Map.of("title", title, "text", text));
                if (!channel.secret().isEmpty()) {
                    var timestamp = String.valueOf(clock.millis());
                    var sign = Base64.getEncoder()
                            .encodeToString(hmac(channel.secret(), timestamp + "\n" + channel.secret()));
                    url += (url.contains("?") ? "&" : "?") + "timestamp=" + timestamp + "&sign="
                            + URLEncoder.encode(sign, StandardCharsets.UTF_8);
                }
            }
            case FEISHU -> {
                var message = new LinkedHashMap<String, Object>();
                if (!channel.secret().isEmpty()) {
                    var timestamp = String.valueOf(clock.instant().getEpochSecond());
                    message.put("timestamp", timestamp);
                    message.put(
                            "sign", Base64.getEncoder().encodeToString(hmac(timestamp + "\n" + channel.secret(), "")));
                }
                message.put("msg_type", "text");
                // Feishu's text message shows markdown as typed
                message.put(
                        "content",
                        Map.of("text", text.replace("### ", "").replaceAll("\\[([^\\]]+)]\\(([^)]+)\\)", "$1: $2")));
                body = message;
            }
            default -> throw new IllegalStateException("Unknown channel " + channel.kind());
        }
        var bytes = JSON.writeValueAsBytes(body);
        if (channel.kind() == WebhookChannel.Kind.GENERIC) {
            headers.put(SIGNATURE_HEADER, "sha256=" + HexFormat.of().formatHex(hmac(channel.secret(), bytes)));
        }
        var request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes));
        headers.forEach(request::header);
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("Webhook " + channel.kind() + " unreachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while posting a webhook", e);
        }
        if (response.statusCode() / 100 != 2 || refusedByRobot(response.body())) {
            throw new IllegalStateException("Webhook " + channel.kind() + " answered " + response.statusCode() + ": "
                    + abbreviate(response.body()));
        }
    }

    /** The robots answer 200 with an error code in the body when they refuse (bad sign, rate limit). */
    private static boolean refusedByRobot(String body) {
        try {
            var json = JSON.readTree(body);
            for (var field : new String[] {"errcode", "code", "StatusCode"}) {
                if (json.has(field) && json.get(field).asInt() != 0) {
                    return true;
                }
            }
            return false;
        } catch (RuntimeException notJson) {
            return false;
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }

    private static byte[] hmac(String key, String data) {
        return hmac(key, data.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] hmac(String key, byte[] data) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
