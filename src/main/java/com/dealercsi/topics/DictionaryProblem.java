package com.dealercsi.topics;

/** Why an administrator's word was refused; the message key names it in the user's language. */
public class DictionaryProblem extends RuntimeException {

    private final String messageKey;

    public DictionaryProblem(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
