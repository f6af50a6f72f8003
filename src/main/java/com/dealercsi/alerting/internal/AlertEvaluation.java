package com.dealercsi.alerting.internal;

import com.dealercsi.admin.Role;
import com.dealercsi.admin.Staff;
import com.dealercsi.alerting.AlertRaised;
import com.dealercsi.alerting.AlertRules;
import com.dealercsi.scoring.ResponseScored;
import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Evaluates every scored answer once and, when a rule fires, records the alert and queues its mails. */
@Component
class AlertEvaluation {

    static final List<Role> RECIPIENT_ROLES = List.of(Role.STORE_MANAGER, Role.CUSTOMER_SERVICE_MANAGER);

    private final AlertRepository alerts;
    private final Staff staff;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AlertEvaluation(AlertRepository alerts, Staff staff, ApplicationEventPublisher events, Clock clock) {
        this.alerts = alerts;
        this.staff = staff;
        this.events = events;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(ResponseScored response) {
        if (alerts.existsByResponseId(response.responseId())) {
            return;
        }
        var fired = AlertRules.defaults().evaluate(response);
        var level = AlertRules.levelOf(fired);
        if (level.isEmpty()) {
            return;
        }
        var alert = alerts.save(new Alert(response.responseId(), response.storeId(), level.get(), fired,
                clock.instant()));
        events.publishEvent(new AlertRaised(alert.getId(), response.responseId(), response.visitId(),
                response.storeId(), level.get(), fired));
        for (var recipient : staff.withAnyRole(response.storeId(), RECIPIENT_ROLES)) {
            events.publishEvent(new AlertMailDue(alert.getId(), response.responseId(), response.visitId(),
                    response.storeId(), level.get(), fired, response.csi(), response.factorScores(),
                    response.overall(), response.nps(), response.comment(), recipient.email(),
                    recipient.language()));
        }
    }
}
