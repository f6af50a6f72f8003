package com.dealercsi.recovery;

/** What may be done to a case in its current state; the views show a button for each allowed one. */
public enum CaseAction {
    ACKNOWLEDGE,
    LOG_ATTEMPT,
    RECORD_STEP,
    CLOSE,
    /** Allowed after {@link #UNREACHABLE_AFTER_ATTEMPTS} unsuccessful contact attempts. */
    CLOSE_UNREACHABLE,
    REASSIGN;

    /** After this many unsuccessful attempts a case may be closed as unreachable; the case page says so too. */
    public static final int UNREACHABLE_AFTER_ATTEMPTS = 3;
}
