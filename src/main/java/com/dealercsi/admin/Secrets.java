package com.dealercsi.admin;

import java.security.SecureRandom;
import java.util.Base64;

/** Random API keys and one-time passwords, shown once to whoever asked and stored only as hashes. */
final class Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] READABLE = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    private Secrets() {}

    static String apiKey() {
        var bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return "csi_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Easy to read out over the phone: no 0/O, 1/l/I. */
    static String temporaryPassword() {
        var password = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            password.append(READABLE[RANDOM.nextInt(READABLE.length)]);
        }
        return password.toString();
    }
}
