package com.dealercsi.visit.fileimport;

/** A file that is not a table we can read; the message key says why, in words for the user. */
public class ImportFileUnreadable extends RuntimeException {

    private final String messageKey;

    public ImportFileUnreadable(String messageKey, Throwable cause) {
        super(messageKey, cause);
        this.messageKey = messageKey;
    }

    public ImportFileUnreadable(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
