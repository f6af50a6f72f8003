package com.dealercsi.audit;

/** What an audit entry records. Shown with the words of {@link #messageKey()}, never by its name. */
public enum AuditAction {
    SIGN_IN,
    SIGN_IN_FAILED,
    ACCOUNT_CREATED,
    ACCOUNT_CHANGED,
    ROLE_CHANGED,
    STORES_CHANGED,
    PASSWORD_RESET,
    SETTINGS_CHANGED,
    EXPORT,
    REVEAL,
    ERASURE,
    RETENTION_RUN,
    CASE_CHANGED,
    ANSWER_BY_PHONE;

    public String messageKey() {
        return "audit.action." + name();
    }
}
