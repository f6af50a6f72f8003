package com.dealercsi.recovery;

/**
 * A change a case's rules do not allow; the message is a key of the recovery bundle, so views can say why, and
 * the field it is about (when it is about one), so a form can say it there and keep what was typed.
 */
public class CaseRuleViolation extends RuntimeException {

    private final @org.jspecify.annotations.Nullable String field;

    public CaseRuleViolation(String messageKey) {
        this(messageKey, null);
    }

    public CaseRuleViolation(String messageKey, @org.jspecify.annotations.Nullable String field) {
        super(messageKey);
        this.field = field;
    }

    public String messageKey() {
        return getMessage();
    }

    /** {@code note}, {@code atonementWhat}, {@code atonementValue} …, or empty for the change as a whole. */
    public java.util.Optional<String> field() {
        return java.util.Optional.ofNullable(field);
    }
}
