package com.dealercsi.shared.mail;

/** One template rendered twice: as HTML and as plain text. */
public record MailBody(String html, String text) {}
