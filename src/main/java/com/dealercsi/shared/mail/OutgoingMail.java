package com.dealercsi.shared.mail;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A rendered mail: both an HTML and a plain-text body, so every client shows something readable, and the images
 * the HTML shows inline (usually none).
 */
public record OutgoingMail(
        List<String> to,
        String subject,
        String html,
        String text,
        Map<String, String> headers,
        List<InlineImage> inlineImages) {

    /** Line ends and other control characters, which in a header would end it and start another. */
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}\\u0085\\u2028\\u2029]+");

    public OutgoingMail {
        if (to.isEmpty()) {
            throw new IllegalArgumentException("A mail needs at least one recipient");
        }
        to = List.copyOf(to);
        // a subject is often made of owners' or the DMS's words (a store's wording with the owner's name):
        // whatever they contain, it stays one header line
        subject = oneLine(subject);
        headers = headers.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, header -> oneLine(header.getValue())));
        inlineImages = List.copyOf(inlineImages);
    }

    public OutgoingMail(List<String> to, String subject, String html, String text, Map<String, String> headers) {
        this(to, subject, html, text, headers, List.of());
    }

    public OutgoingMail(List<String> to, String subject, MailBody body) {
        this(to, subject, body.html(), body.text(), Map.of());
    }

    static String oneLine(String value) {
        return CONTROL.matcher(value).replaceAll(" ").strip();
    }
}
