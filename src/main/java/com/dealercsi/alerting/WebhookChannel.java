package com.dealercsi.alerting;

import com.dealercsi.shared.Hashing;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a store's alerts are also posted besides e-mail. {@code secret} signs the generic webhook
 * (HMAC-SHA256) and, when set, DingTalk's and Feishu's robot messages ("加签"); WeCom robots take none.
 */
public record WebhookChannel(Kind kind, String url, String secret) {

    public enum Kind {
        GENERIC("Generic"),
        WECOM("WeCom"),
        DINGTALK("DingTalk"),
        FEISHU("Feishu");

        private final String word;

        Kind(String word) {
            this.word = word;
        }

        /** The name people know it by, as the settings form shows it and reads it back (in any case). */
        public String word() {
            return word;
        }
    }

    public WebhookChannel {
        url = url.strip();
        secret = secret.strip();
    }

    /** Stable while kind and address stay the same: the idempotency key of a delivery is alert + channel. */
    public String key() {
        return Hashing.sha256Hex(kind + " " + url.toLowerCase(Locale.ROOT));
    }

    /** One line of the settings form: {@code Kind URL [SECRET]}, the kind in its name ("WeCom"), not as a code. */
    public String line() {
        return kind.word() + " " + url + (secret.isEmpty() ? "" : " " + secret);
    }

    /** The reverse of {@link #line()}, kind in any case; empty when the line is not of that form. */
    public static Optional<WebhookChannel> parse(String line) {
        var parts = line.strip().split("\\s+");
        if (parts.length < 2 || parts.length > 3) {
            return Optional.empty();
        }
        try {
            var kind = Kind.valueOf(parts[0].toUpperCase(Locale.ROOT));
            return Optional.of(new WebhookChannel(kind, parts[1], parts.length == 3 ? parts[2] : ""));
        } catch (IllegalArgumentException unknownKind) {
            return Optional.empty();
        }
    }

    /**
     * The settings form's lines, blank ones skipped. One unreadable line makes the whole list unreadable: saving
     * the others would silently drop a channel the manager meant to keep.
     */
    public static Optional<List<WebhookChannel>> parseLines(String text) {
        var channels = new ArrayList<WebhookChannel>();
        for (var line : text.lines()
                .map(String::strip)
                .filter(stripped -> !stripped.isEmpty())
                .toList()) {
            var channel = parse(line);
            if (channel.isEmpty()) {
                return Optional.empty();
            }
            channels.add(channel.get());
        }
        return Optional.of(List.copyOf(channels));
    }
}
