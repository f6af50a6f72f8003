package com.dealercsi.recovery;

/** What may be done to a case in its current state; the views show a button for each allowed one. */
public enum CaseAction {
    ACKNOWLEDGE, LOG_ATTEMPT, RECORD_STEP, CLOSE, CLOSE_UNREACHABLE, REASSIGN
}
