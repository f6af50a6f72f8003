package com.dealercsi.recovery.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The follow-up survey timer. Like the escalation timer (ADR 0020) its state is in the database (each survey's
 * due time and status), so a restart loses nothing, and ShedLock's row makes one instance run it.
 */
@Component
class FollowUpJob {

    static final String LOCK_NAME = "recovery-follow-up";

    private final FollowUpQueue queue;

    FollowUpJob(FollowUpQueue queue) {
        this.queue = queue;
    }

    @Scheduled(
            fixedDelayString = "${csi.recovery.follow-up-interval:PT1M}",
            initialDelayString = "${csi.recovery.follow-up-interval:PT1M}")
    @SchedulerLock(name = LOCK_NAME, lockAtMostFor = "PT5M")
    public void run() {
        queue.queueDue();
    }
}
