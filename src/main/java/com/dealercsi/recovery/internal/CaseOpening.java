package com.dealercsi.recovery.internal;

import com.dealercsi.admin.Role;
import com.dealercsi.admin.Staff;
import com.dealercsi.alerting.AlertRaised;
import com.dealercsi.recovery.Actor;
import com.dealercsi.recovery.CaseOpened;
import com.dealercsi.recovery.RecoveryProperties;
import com.dealercsi.visit.Visits;
import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Opens one case per red or amber alert. The outbox may deliver an alert twice: the look-up makes a repeat
 * harmless, and the unique key on the alert id makes a simultaneous repeat fail and be retried into a no-op.
 */
@Component
class CaseOpening {

    /** The customer-service manager owns cases; a store without one gives them to its service manager. */
    static final List<Role> OWNER_ROLES_IN_ORDER = List.of(Role.CUSTOMER_SERVICE_MANAGER, Role.STORE_MANAGER);

    private final RecoveryCaseRepository cases;
    private final Staff staff;
    private final Visits visits;
    private final RecoveryProperties times;
    private final StoreDueTimesRepository storeTimes;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CaseOpening(
            RecoveryCaseRepository cases,
            Staff staff,
            Visits visits,
            RecoveryProperties times,
            StoreDueTimesRepository storeTimes,
            ApplicationEventPublisher events,
            Clock clock) {
        this.storeTimes = storeTimes;
        this.cases = cases;
        this.staff = staff;
        this.visits = visits;
        this.times = times;
        this.events = events;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(AlertRaised alert) {
        if (!alert.level().opensCase() || cases.existsByAlertId(alert.alertId())) {
            return;
        }
        var advisor =
                visits.find(alert.visitId()).map(visit -> visit.advisorName()).orElse("");
        var owner = OWNER_ROLES_IN_ORDER.stream()
                .flatMap(role -> staff.withAnyRole(alert.storeId(), List.of(role)).stream())
                .findFirst()
                .map(member -> new Actor(member.id(), member.name()))
                .orElse(null);
        var opened = cases.save(RecoveryCase.open(
                alert.alertId(),
                alert.responseId(),
                alert.visitId(),
                alert.storeId(),
                alert.level(),
                advisor,
                owner,
                storeTimes.timesOf(alert.storeId(), times),
                clock.instant()));
        events.publishEvent(
                new CaseOpened(opened.getId(), alert.alertId(), alert.responseId(), alert.storeId(), alert.level()));
    }
}
