package com.dealercsi.recovery;

/** Why a scheduled follow-up survey was not sent after all; checked again on the day it is due. */
public enum FollowUpCancelReason {
    /** The case is no longer closed. */
    CASE_REOPENED,
    /** The owner asked for no more survey mail. */
    OPTED_OUT,
    /** The visit has no address mail can reach. */
    NO_EMAIL,
    /** The owner's mail server refused the address for good (an SMTP 5xx reply). */
    UNDELIVERABLE
}
