package com.dealercsi.recovery;

/** What the owner said when asked whether recovery worked. */
public enum FollowUpOutcome {
    SATISFIED,
    STILL_UNHAPPY
}
