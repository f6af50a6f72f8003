package com.dealercsi.recovery;

/** Where a recovery case stands; the two closed states are final. */
public enum CaseStatus {
    OPEN,
    ACKNOWLEDGED,
    IN_RECOVERY,
    CLOSED,
    CLOSED_UNREACHABLE;

    public boolean isClosed() {
        return this == CLOSED || this == CLOSED_UNREACHABLE;
    }
}
