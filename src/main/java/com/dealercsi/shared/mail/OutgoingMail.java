package com.dealercsi.shared.mail;

import java.util.List;
import java.util.Map;

/**
 * A rendered mail: both an HTML and a plain-text body, so every client shows something readable, and the images
 * the HTML shows inline (usually none).
 */
public record OutgoingMail(List<String> to, String subject, String html, String text, Map<String, String> headers,
        List<InlineImage> inlineImages) {

    public OutgoingMail {
        if (to.isEmpty()) {
            throw new IllegalArgumentException("A mail needs at least one recipient");
        }
        to = List.copyOf(to);
        headers = Map.copyOf(headers);
        inlineImages = List.copyOf(inlineImages);
    }

    public OutgoingMail(List<String> to, String subject, String html, String text, Map<String, String> headers) {
        this(to, subject, html, text, headers, List.of());
    }

    public OutgoingMail(List<String> to, String subject, MailBody body) {
        this(to, subject, body.html(), body.text(), Map.of());
    }
}
