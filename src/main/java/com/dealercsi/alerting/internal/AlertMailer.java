package com.dealercsi.alerting.internal;

import com.dealercsi.admin.Stores;
import com.dealercsi.alerting.AlertReasons;
import com.dealercsi.shared.CsiProperties;
import com.dealercsi.shared.Factor;
import com.dealercsi.shared.mail.MailPurpose;
import com.dealercsi.shared.mail.StaffMailer;
import com.dealercsi.shared.mail.StaffNotice;
import com.dealercsi.visit.Visits;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Writes the alert mail in the recipient's language: who, which car, what scores, and a link to the answer. */
@Component
class AlertMailer {

    private final Visits visits;
    private final Stores stores;
    private final StaffMailer staffMailer;
    private final CsiProperties csi;
    private final Clock clock;
    private final Timer latency;

    AlertMailer(
            Visits visits,
            Stores stores,
            StaffMailer staffMailer,
            CsiProperties csi,
            Clock clock,
            MeterRegistry meters) {
        // the product's promise is "within seconds" (brief): a histogram, so p95 can be alerted on across instances;
        // up to an hour, because a mail held up by an SMTP outage is retried and still counts
        this.latency = Timer.builder("csi.alert.latency")
                .description("From the owner's submitted answer to the alert mail accepted by the SMTP server")
                .publishPercentileHistogram()
                .serviceLevelObjectives(Duration.ofSeconds(5))
                .minimumExpectedValue(Duration.ofMillis(50))
                .maximumExpectedValue(Duration.ofHours(1))
                .register(meters);
        this.clock = clock;
        this.visits = visits;
        this.stores = stores;
        this.staffMailer = staffMailer;
        this.csi = csi;
    }

    /** Once per alert and recipient. */
    @ApplicationModuleListener
    void on(AlertMailDue due) {
        var notice = new StaffNotice(
                MailPurpose.ALERT, "alert", "mail.alert.subject", "alert_mail_sent", Map.of("alert_id", due.alertId()));
        var sent = staffMailer.sendOnce(notice, due.recipientEmail(), due.recipientLanguage(), wording -> {
            var visit = visits.find(due.visitId()).orElseThrow();
            var store = stores.get(due.storeId());
            var factorScores = new LinkedHashMap<String, String>();
            var averages = due.storeAverages() == null ? Map.<Factor, Double>of() : due.storeAverages();
            Arrays.stream(Factor.values())
                    .forEach(factor -> factorScores.put(
                            wording.text(factor.messageKey()),
                            (due.factorScores().containsKey(factor)
                                            ? String.valueOf(Math.round(
                                                    due.factorScores().get(factor)))
                                            : "–")
                                    + (averages.containsKey(factor)
                                            ? " ("
                                                    + wording.text(
                                                            "alerting.mail.storeAverage",
                                                            String.valueOf(Math.round(averages.get(factor))))
                                                    + ")"
                                            : "")));
            var rules = AlertReasons.describe(due.rules(), wording::text);
            var level = wording.text("alert.level." + due.level().name());
            var variables = new HashMap<String, Object>(visit.staffMailVariables());
            variables.put("level", level);
            variables.put("levelName", due.level().name());
            variables.put("storeName", store.name());
            variables.put(
                    "deliveredOn",
                    DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                            .withLocale(wording.locale())
                            .withZone(store.timeZone())
                            .format(visit.deliveredAt()));
            variables.put("csi", due.csi() == null ? "–" : String.valueOf(Math.round(due.csi())));
            variables.put("overall", due.overall());
            variables.put("nps", due.nps());
            variables.put("factorScores", factorScores);
            variables.put("rules", rules);
            variables.put("comment", due.comment() == null ? "" : due.comment());
            variables.put("responseLink", csi.link("/responses/" + due.responseId()));
            // red and amber alerts have a case: the button opens it; an info alert has only the answer
            variables.put(
                    "link",
                    due.level().opensCase()
                            ? csi.link("/cases/response/" + due.responseId())
                            : csi.link("/responses/" + due.responseId()));
            variables.put("buttonKey", due.level().opensCase() ? "alerting.mail.caseButton" : "mail.alert.button");
            return new StaffMailer.Content(variables, level, store.name(), visit.ownerName(), visit.plate());
        });
        if (sent && due.submittedAt() != null) {
            latency.record(Duration.between(due.submittedAt(), clock.instant()));
        }
    }
}
