package com.dealercsi.invitation;

/** Why a visit got no invitation mail. */
public enum SkipReason {
    /** The owner asked for no more survey mails. */
    OPTED_OUT,
    /** The store invited the same e-mail address within the fatigue window. */
    RECENTLY_INVITED,
    /** The visit's e-mail address cannot receive mail. */
    NO_VALID_EMAIL,
    /** The visit arrived too long after delivery for an invitation to make sense. */
    VISIT_TOO_OLD;

    public String messageKey() {
        return "invitation.skip." + name();
    }
}
