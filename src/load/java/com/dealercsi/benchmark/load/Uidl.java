package com.dealercsi.benchmark.load;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a virtual owner reads from Vaadin's answers, as the browser's client does: the CSRF token and sync ids
 * it must send back, and the node ids of the elements it taps, found by their {@code id} attribute. Nothing is
 * written down in advance: a node id that the server did not send is never used.
 */
final class Uidl {

    private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern SYNC_ID = Pattern.compile("\"syncId\"\\s*:\\s*(-?\\d+)");
    private static final Pattern CLIENT_ID = Pattern.compile("\"clientId\"\\s*:\\s*(-?\\d+)");
    private static final Pattern ELEMENT_ID =
            Pattern.compile("\\{\"node\":(\\d+),\"type\":\"put\",\"key\":\"id\",\"feat\":\\d+,\"value\":\"([^\"]+)\"}");
    private static final Pattern DETACHED = Pattern.compile("\\{\"node\":(\\d+),\"type\":\"detach\"}");

    private Uidl() {}

    /** The bootstrap page (eager server load) carries the first UIDL, the CSRF token included. */
    static String securityKey(String page) {
        return find(SECURITY_KEY, page, "Vaadin-Security-Key");
    }

    static int syncId(String uidl) {
        return Integer.parseInt(find(SYNC_ID, uidl, "syncId"));
    }

    /** The client id the next request must carry: one more than the one the server just confirmed. */
    static int nextClientId(String uidl) {
        var matcher = CLIENT_ID.matcher(uidl);
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
    }

    /** Element ids (the {@code id} attribute) to node ids, updated with one answer: detached nodes go. */
    static Map<String, Integer> nodes(Map<String, Integer> known, String uidl) {
        var nodes = new HashMap<>(known);
        var detached = new java.util.HashSet<Integer>();
        Matcher gone = DETACHED.matcher(uidl);
        while (gone.find()) {
            detached.add(Integer.parseInt(gone.group(1)));
        }
        nodes.values().removeIf(detached::contains);
        Matcher matcher = ELEMENT_ID.matcher(uidl);
        while (matcher.find()) {
            nodes.put(matcher.group(2), Integer.parseInt(matcher.group(1)));
        }
        return nodes;
    }

    /** What Vaadin answers when the client must start over; any of these fails the test. */
    static boolean needsRefresh(String body) {
        return body.contains("\"sessionExpired\"")
                || body.contains("\"appError\"")
                || body.contains("\"resynchronize\"")
                || body.contains("Vaadin-Refresh")
                || body.contains("\"redirect\"");
    }

    private static String find(Pattern pattern, String text, String what) {
        var matcher = pattern.matcher(text);
        if (!matcher.find()) {
            throw new IllegalStateException("No " + what + " in: " + text.substring(0, Math.min(300, text.length())));
        }
        return matcher.group(1);
    }
}
