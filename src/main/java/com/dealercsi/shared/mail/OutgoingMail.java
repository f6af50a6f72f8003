package com.dealercsi.shared.mail;

import java.util.List;
import java.util.Map;

/** A rendered mail: both an HTML and a plain-text body, so every client shows something readable. */
public record OutgoingMail(List<String> to, String subject, String html, String text, Map<String, String> headers) {

    public OutgoingMail {
        if (to.isEmpty()) {
            throw new IllegalArgumentException("A mail needs at least one recipient");
        }
        to = List.copyOf(to);
        headers = Map.copyOf(headers);
    }

    public OutgoingMail(List<String> to, String subject, MailBody body) {
        this(to, subject, body.html(), body.text(), Map.of());
    }
}
