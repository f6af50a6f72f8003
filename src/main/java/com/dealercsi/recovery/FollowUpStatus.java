package com.dealercsi.recovery;

/** Where a case's follow-up survey stands: waiting for its day, on its way, mailed, answered or not sent. */
public enum FollowUpStatus {
    SCHEDULED,
    QUEUED,
    SENT,
    ANSWERED,
    CANCELLED
}
