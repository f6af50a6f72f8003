package com.dealercsi.recovery.internal;

import org.springframework.stereotype.Component;

/** Runs the follow-up timer once, for tests outside this package that move the clock instead of waiting. */
@Component
public class FollowUpJobRunner {

    private final FollowUpJob job;

    FollowUpJobRunner(FollowUpJob job) {
        this.job = job;
    }

    public void run() {
        job.run();
    }
}
