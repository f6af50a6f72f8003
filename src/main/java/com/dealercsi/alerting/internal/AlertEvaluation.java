package com.dealercsi.alerting.internal;

import com.dealercsi.admin.Staff;
import com.dealercsi.alerting.AlertRaised;
import com.dealercsi.alerting.AlertRules;
import com.dealercsi.scoring.ResponseScored;
import com.dealercsi.shared.Language;
import com.dealercsi.shared.database.RetryOnConflict;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Evaluates every scored answer once against its store's rules and, when a rule fires, records the alert and
 * queues one mail per recipient of that level.
 */
@Component
class AlertEvaluation {

    /** Extra addresses belong to no account, so no language is known; the stores' own language is used. */
    static final Language EXTRA_ADDRESS_LANGUAGE = Language.ZH_CN;

    private final AlertRepository alerts;
    private final AlertBookkeeping bookkeeping;
    private final StoreAlertSettingsStore settings;
    private final Staff staff;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AlertEvaluation(
            AlertRepository alerts,
            AlertBookkeeping bookkeeping,
            StoreAlertSettingsStore settings,
            Staff staff,
            ApplicationEventPublisher events,
            Clock clock) {
        this.alerts = alerts;
        this.bookkeeping = bookkeeping;
        this.settings = settings;
        this.staff = staff;
        this.events = events;
        this.clock = clock;
    }

    @ApplicationModuleListener
    @RetryOnConflict
    void on(ResponseScored response) {
        // answers alerted on before the evaluation table existed have an alert but no evaluation row
        if (bookkeeping.evaluated(response.responseId()) || alerts.existsByResponseId(response.responseId())) {
            return;
        }
        var averages = bookkeeping.storeAverages(response.storeId());
        bookkeeping.markEvaluated(response.responseId(), response.storeId(), clock.instant());
        bookkeeping.addToAverages(response.storeId(), response.factorScores());
        var storeSettings = settings.of(response.storeId());
        var fired = storeSettings.rules().evaluate(response);
        var level = AlertRules.levelOf(fired);
        if (level.isEmpty()) {
            return;
        }
        var alert =
                alerts.save(new Alert(response.responseId(), response.storeId(), level.get(), fired, clock.instant()));
        events.publishEvent(new AlertRaised(
                alert.getId(), response.responseId(), response.visitId(), response.storeId(), level.get(), fired));
        var recipients = new LinkedHashMap<String, Language>();
        staff.withAnyRole(response.storeId(), storeSettings.rolesFor(level.get()))
                .forEach(member -> recipients.putIfAbsent(member.email().toLowerCase(Locale.ROOT), member.language()));
        storeSettings
                .extraAddressesFor(level.get())
                .forEach(address -> recipients.putIfAbsent(address.toLowerCase(Locale.ROOT), EXTRA_ADDRESS_LANGUAGE));
        recipients.forEach((email, language) -> events.publishEvent(new AlertMailDue(
                alert.getId(),
                response.responseId(),
                response.visitId(),
                response.storeId(),
                level.get(),
                fired,
                response.csi(),
                response.factorScores(),
                averages,
                response.overall(),
                response.nps(),
                response.comment(),
                email,
                language,
                response.submittedAt())));
        storeSettings
                .webhooks()
                .forEach(channel -> events.publishEvent(new AlertWebhookDue(
                        alert.getId(),
                        response.responseId(),
                        response.visitId(),
                        response.storeId(),
                        level.get(),
                        fired,
                        channel)));
    }
}
