package com.dealercsi.recovery;

/** What came of a contact attempt; everything but {@link #REACHED} counts as unsuccessful. */
public enum ContactResult {
    REACHED,
    NO_ANSWER,
    BUSY,
    WRONG_NUMBER;

    public boolean successful() {
        return this == REACHED;
    }
}
