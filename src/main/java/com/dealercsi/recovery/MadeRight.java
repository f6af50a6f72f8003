package com.dealercsi.recovery;

/** The owner's answer to "did we make it right?" on the follow-up survey. */
public enum MadeRight {
    YES,
    PARTLY,
    NO
}
