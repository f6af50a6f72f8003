package com.dealercsi.recovery;

/** Whether closing a case can send the owner a follow-up survey, or why not. */
public enum FollowUpOffer {
    POSSIBLE,
    NO_EMAIL,
    OPTED_OUT;

    public boolean possible() {
        return this == POSSIBLE;
    }
}
