package com.dealercsi.invitation;

import com.dealercsi.shared.Hashing;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Which addresses can get mail at all, and the one key an address is known by (its hash). */
public final class EmailAddresses {

    /** Stricter than Bean Validation's {@code @Email}, which accepts {@code owner@intranet}: mail needs a domain. */
    private static final Pattern DELIVERABLE =
            Pattern.compile("^[^@\\s]{1,64}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,}$");

    private EmailAddresses() {}

    public static boolean isDeliverable(@Nullable String email) {
        return email != null
                && email.length() <= 254
                && DELIVERABLE.matcher(email.strip()).matches();
    }

    public static String hash(String email) {
        return Hashing.sha256Hex(email.strip().toLowerCase(Locale.ROOT));
    }
}
