package com.dealercsi.support;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.util.regex.Pattern;

/** Reads what a test needs from a caught mail. */
public final class Mails {

    private static final Pattern SURVEY_LINK = Pattern.compile("https?://[^\\s\"<]+/survey/[A-Za-z0-9_-]+");

    private Mails() {}

    public static String text(MimeMessage message) {
        return part(message, "text/plain");
    }

    public static String html(MimeMessage message) {
        return part(message, "text/html");
    }

    public static String surveyLink(MimeMessage message) {
        var matcher = SURVEY_LINK.matcher(text(message));
        if (!matcher.find()) {
            throw new AssertionError("No survey link in: " + text(message));
        }
        return matcher.group();
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String part(Part part, String type) {
        try {
            if (part.isMimeType(type)) {
                return (String) part.getContent();
            }
            if (part.getContent() instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    var found = part(multipart.getBodyPart(i), type);
                    if (!found.isEmpty()) {
                        return found;
                    }
                }
            }
            return "";
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
