package com.dealercsi.shared.privacy;

import com.dealercsi.shared.StartupProblem;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The keyed hashes (HMAC-SHA256 with the secret {@code csi.privacy.hash-key}) an owner is still known by once their
 * data is erased: only so that an owner who opted out stays opted out (ADR 0050). Without the key nobody can test
 * a guessed address or number against them, as one could against a plain SHA-256 of an e-mail. The key must never
 * change: opt-outs hashed with another key are no longer recognised.
 */
@Component
public class OwnerKeys {

    /** Shorter secrets are refused at start-up: the key is what keeps the hashes from being guessed. */
    static final int MIN_KEY_LENGTH = 16;

    private final SecretKeySpec key;

    public OwnerKeys(@Value("${csi.privacy.hash-key:}") String secret) {
        if (secret.strip().length() < MIN_KEY_LENGTH) {
            throw new StartupProblem(
                    "The privacy hash key (csi.privacy.hash-key) is missing or shorter than " + MIN_KEY_LENGTH
                            + " characters.",
                    "Set CSI_PRIVACY_HASH_KEY to a long random secret (e.g. `openssl rand -hex 32`) and keep it: "
                            + "opt-outs are recognised by it.");
        }
        this.key = new SecretKeySpec(secret.strip().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /**
     * The key of an e-mail address, from the SHA-256 hex of its lower-case form as invitations keep it
     * ({@code invitation.EmailAddresses.hash}), so that plain hashes stored before can be keyed without the address.
     */
    public String ofEmailHash(String emailHash) {
        return hmac(emailHash);
    }

    /** The key of a mobile number as visits store it (E.164). */
    public String ofMobile(String e164) {
        return hmac("tel:" + e164.strip());
    }

    private String hmac(String value) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
