package com.dealercsi.plans.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The reminder timer. Its state is in the database (the plans' due dates and reminder marks), so a restart loses
 * nothing; ShedLock's row, timed by the database's clock, makes one instance run it when several share the database.
 */
@Component
class PlanReminderJob {

    static final String LOCK_NAME = "plans-reminders";

    private final PlanReminders reminders;

    PlanReminderJob(PlanReminders reminders) {
        this.reminders = reminders;
    }

    @Scheduled(
            fixedDelayString = "${csi.plans.reminder-interval:PT10M}",
            initialDelayString = "${csi.plans.reminder-interval:PT10M}")
    @SchedulerLock(name = LOCK_NAME, lockAtMostFor = "PT5M")
    public void run() {
        reminders.queueDue();
    }
}
