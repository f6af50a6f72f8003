package com.dealercsi.recovery;

/** Which due time a case missed; each is escalated once. */
public enum Breach {
    NOT_ACKNOWLEDGED,
    NOT_CLOSED
}
