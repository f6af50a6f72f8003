package com.dealercsi.privacy.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The nightly retention run of owners' personal data (ADR 0050); ShedLock's row makes one instance run it. A first
 * run over years of data takes a while (see docs/benchmarks.md); it erases in committed batches, so a run stopped
 * half-way loses nothing and the next one goes on where it stopped.
 */
@Component
class RetentionJob {

    static final String LOCK_NAME = "privacy-retention";

    private final Retention retention;

    RetentionJob(Retention retention) {
        this.retention = retention;
    }

    @Scheduled(cron = "${csi.privacy.retention-cron:0 15 3 * * *}", zone = "${csi.privacy.retention-zone:}")
    @SchedulerLock(name = LOCK_NAME, lockAtMostFor = "PT6H", lockAtLeastFor = "PT5M")
    void run() {
        retention.run(); // logs and audits its counts
    }
}
