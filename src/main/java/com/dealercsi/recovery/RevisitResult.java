package com.dealercsi.recovery;

/** What came of a revisit call (回访). Reaching the owner is a revisit; declining or three misses end the calls. */
public enum RevisitResult {
    REACHED,
    UNREACHABLE,
    DECLINED
}
