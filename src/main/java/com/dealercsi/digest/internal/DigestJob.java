package com.dealercsi.digest.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Ticks every few minutes and queues the digests that are due, rather than firing once at 08:00: readers live in
 * different zones, and an instance that was down at 08:00 catches up on its next tick. ShedLock keeps the ticks of
 * several instances apart; the weekly claim ({@link DigestQueue}) would keep them to one mail even without it.
 */
@Component
class DigestJob {

    static final String LOCK_NAME = "digest-tick";

    private final DigestQueue queue;

    DigestJob(DigestQueue queue) {
        this.queue = queue;
    }

    @Scheduled(cron = "${csi.digest.tick-cron:0 */10 * * * *}")
    @SchedulerLock(name = LOCK_NAME, lockAtMostFor = "PT10M")
    public void run() {
        queue.queueDue();
    }
}
