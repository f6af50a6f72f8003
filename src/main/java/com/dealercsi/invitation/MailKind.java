package com.dealercsi.invitation;

/** The two mails an owner can get about one visit; each has its own texts per store and language. */
public enum MailKind {
    INVITATION,
    REMINDER;

    public String messageKey() {
        return "invitation.texts.kind." + name();
    }
}
