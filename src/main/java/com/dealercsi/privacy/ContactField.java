package com.dealercsi.privacy;

/** Which of an owner's contacts a member of staff asks to see in full. */
public enum ContactField {
    MOBILE,
    EMAIL;

    /** The field in words, in the audit trail and on the reveal button. */
    public String messageKey() {
        return "privacy.contact." + name();
    }
}
