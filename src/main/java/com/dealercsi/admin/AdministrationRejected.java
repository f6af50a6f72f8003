package com.dealercsi.admin;

/** An administration request broke a rule; {@code messageKey} names the sentence to show (admin bundle). */
public class AdministrationRejected extends RuntimeException {

    private final String messageKey;

    public AdministrationRejected(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
