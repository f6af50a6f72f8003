package com.dealercsi.recovery.internal;

import com.dealercsi.admin.Role;
import com.dealercsi.admin.Staff;
import com.dealercsi.recovery.Breach;
import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Finds cases past a due time and tells the store's general managers, once per breach. */
@Component
public class Escalations {

    private static final int BATCH = 200;

    private final RecoveryCaseRepository cases;
    private final Staff staff;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Escalations(RecoveryCaseRepository cases, Staff staff, ApplicationEventPublisher events, Clock clock) {
        this.cases = cases;
        this.staff = staff;
        this.events = events;
        this.clock = clock;
    }

    /** @return how many breaches were escalated */
    @Transactional
    public int escalateBreaches() {
        var now = clock.instant();
        int escalated = 0;
        for (var breached : cases.lockBreached(now, Limit.of(BATCH))) {
            if (breached.needsAcknowledgeEscalation(now)) {
                breached.markAcknowledgeEscalated(now);
                tellGeneralManagers(breached, Breach.NOT_ACKNOWLEDGED);
                escalated++;
            }
            if (breached.needsCloseEscalation(now)) {
                breached.markCloseEscalated(now);
                tellGeneralManagers(breached, Breach.NOT_CLOSED);
                escalated++;
            }
        }
        return escalated;
    }

    private void tellGeneralManagers(RecoveryCase breached, Breach breach) {
        for (var manager : staff.withAnyRole(breached.storeId(), List.of(Role.GENERAL_MANAGER))) {
            events.publishEvent(new EscalationMailDue(breached.getId(), breach, manager.email(), manager.language()));
        }
    }
}
