package com.dealercsi.alerting;

import com.dealercsi.shared.Hashing;
import java.util.Locale;

/**
 * Where a store's alerts are also posted besides e-mail. {@code secret} signs the generic webhook
 * (HMAC-SHA256) and, when set, DingTalk's and Feishu's robot messages ("加签"); WeCom robots take none.
 */
public record WebhookChannel(Kind kind, String url, String secret) {

    public enum Kind {
        GENERIC("Generic"), WECOM("WeCom"), DINGTALK("DingTalk"), FEISHU("Feishu");

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
}
