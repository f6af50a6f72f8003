package com.dealercsi.recovery.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The escalation timer. Its state is in the database (the cases' due times and escalation marks), so a
 * restart loses nothing; ShedLock's row makes one instance run it when several share the database.
 */
@Component
class EscalationJob {

    static final String LOCK_NAME = "recovery-escalation";

    private final Escalations escalations;

    EscalationJob(Escalations escalations) {
        this.escalations = escalations;
    }

    @Scheduled(
            fixedDelayString = "${csi.recovery.escalation-interval:PT1M}",
            initialDelayString = "${csi.recovery.escalation-interval:PT1M}")
    @SchedulerLock(name = LOCK_NAME, lockAtMostFor = "PT5M")
    public void run() {
        escalations.escalateBreaches();
    }
}
