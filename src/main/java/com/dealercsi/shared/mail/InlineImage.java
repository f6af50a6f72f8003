package com.dealercsi.shared.mail;

/**
 * An image carried inside the mail and shown by the HTML as {@code <img src="cid:CONTENT_ID">}: mail clients
 * block remote images by default, but show inline ones.
 */
public record InlineImage(String contentId, String contentType, byte[] data) {

    public InlineImage {
        if (!contentId.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("A content id of letters, digits, dots, dashes: " + contentId);
        }
    }
}
