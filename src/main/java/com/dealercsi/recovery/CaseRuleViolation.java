package com.dealercsi.recovery;

/** A change a case's rules do not allow; the message is a key of the recovery bundle, so views can say why. */
public class CaseRuleViolation extends RuntimeException {

    public CaseRuleViolation(String messageKey) {
        super(messageKey);
    }

    public String messageKey() {
        return getMessage();
    }
}
