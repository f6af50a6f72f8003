package com.dealercsi.recovery;

/** The five steps of service recovery (服务补救), in their order. */
public enum RecoveryStep {
    APOLOGY,
    FIX,
    EMPATHY,
    ATONEMENT,
    FOLLOW_UP
}
