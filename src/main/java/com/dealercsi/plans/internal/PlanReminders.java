package com.dealercsi.plans.internal;

import com.dealercsi.admin.Stores;
import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds running plans due tomorrow or past their due date in their store's calendar and queues one reminder to
 * the owner per plan, kind and due date.
 */
@Component
public class PlanReminders {

    private static final int BATCH = 200;

    private final ActionPlanRepository plans;
    private final Stores stores;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PlanReminders(ActionPlanRepository plans, Stores stores, ApplicationEventPublisher events, Clock clock) {
        this.plans = plans;
        this.stores = stores;
        this.events = events;
        this.clock = clock;
    }

    /** @return how many reminders were queued */
    @Transactional
    public int queueDue() {
        var now = clock.instant();
        // every zone on earth is within a day and a half of UTC: this reads each candidate, the store's day decides
        var latest = now.atZone(java.time.ZoneOffset.UTC).toLocalDate().plusDays(2);
        int queued = 0;
        for (var plan : plans.lockRunningDueBy(ActionPlanRepository.ACTIVE, latest, Limit.of(BATCH))) {
            var today = now.atZone(stores.get(plan.storeId()).timeZone()).toLocalDate();
            if (plan.needsOverdueReminder(today)) {
                plan.markOverdueReminded();
                events.publishEvent(new PlanReminderDue(plan.getId(), PlanReminderDue.Kind.OVERDUE, plan.dueDate()));
                queued++;
            } else if (plan.needsSoonReminder(today)) {
                plan.markSoonReminded();
                events.publishEvent(new PlanReminderDue(plan.getId(), PlanReminderDue.Kind.SOON, plan.dueDate()));
                queued++;
            }
        }
        return queued;
    }
}
