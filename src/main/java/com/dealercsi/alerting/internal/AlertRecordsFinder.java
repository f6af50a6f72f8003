package com.dealercsi.alerting.internal;

import com.dealercsi.shared.privacy.OwnerIdentity;
import com.dealercsi.shared.privacy.PersonalDataFinder;
import com.dealercsi.shared.privacy.PersonalRecord;
import com.dealercsi.shared.privacy.RecordFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The alerts the owner's answers raised, the mails that told managers (to whom, when) and the robot webhooks.
 * Webhooks carry no owner data by design; they are listed so the owner sees that they went out and that they
 * held nothing about them.
 */
@Component
class AlertRecordsFinder implements PersonalDataFinder {

    // an alert knows its answer, not its visit: the answer's row is the one link back to the owner
    private static final String ALERTS = "select a.id, a.store_id, a.alert_level, a.raised_at, r.visit_id from alert a"
            + " join survey_response r on r.id = a.response_id where r.visit_id in (:visits)";

    private final NamedParameterJdbcTemplate jdbc;

    AlertRecordsFinder(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public List<PersonalRecord> recordsOf(OwnerIdentity owner) {
        if (owner.visitIds().isEmpty()) {
            return List.of();
        }
        var visits =
                Map.of("visits", owner.visitIds().stream().map(UUID::toString).toList());
        var records = new ArrayList<PersonalRecord>();
        var rules = rulesByAlert(visits);
        jdbc.query(ALERTS + " order by a.raised_at", visits, row -> {
            var at = RecordFields.instant(row, "raised_at");
            records.add(new PersonalRecord(
                    "privacy.record.alert",
                    UUID.fromString(row.getString("visit_id")),
                    UUID.fromString(row.getString("store_id")),
                    at,
                    new RecordFields()
                            .code("privacy.field.level", "alert.level.", row.getString("alert_level"))
                            .time("privacy.field.raisedAt", at)
                            .text("privacy.field.rules", rules.get(row.getString("id")))
                            .toMap()));
        });
        jdbc.query(
                "select m.recipient, m.sent_at, x.visit_id, x.store_id from alert_mail_sent m join (" + ALERTS
                        + ") x on x.id = m.alert_id order by m.sent_at",
                visits,
                row -> {
                    var at = RecordFields.instant(row, "sent_at");
                    records.add(new PersonalRecord(
                            "privacy.record.mailToStaff",
                            UUID.fromString(row.getString("visit_id")),
                            UUID.fromString(row.getString("store_id")),
                            at,
                            new RecordFields()
                                    .text("privacy.field.mail", "privacy.mail.alert")
                                    .text("privacy.field.recipient", row.getString("recipient"))
                                    .time("privacy.field.sentAt", at)
                                    .toMap()));
                });
        jdbc.query(
                "select w.sent_at, x.visit_id, x.store_id from alert_webhook_sent w join (" + ALERTS
                        + ") x on x.id = w.alert_id order by w.sent_at",
                visits,
                row -> {
                    var at = RecordFields.instant(row, "sent_at");
                    records.add(new PersonalRecord(
                            "privacy.record.webhook",
                            UUID.fromString(row.getString("visit_id")),
                            UUID.fromString(row.getString("store_id")),
                            at,
                            new RecordFields()
                                    .time("privacy.field.sentAt", at)
                                    .text("privacy.field.ownerData", "privacy.value.webhookHoldsNoOwnerData")
                                    .toMap()));
                });
        return records;
    }

    /** The rules each alert fired, as message keys joined by " · "; the access file shows each in words. */
    private Map<String, String> rulesByAlert(Map<String, List<String>> visits) {
        var rules = new java.util.HashMap<String, List<String>>();
        jdbc.query(
                "select f.alert_id, f.rule from alert_fired_rule f join (" + ALERTS + ") x on x.id = f.alert_id",
                visits,
                row -> {
                    // one rule can fire several times (a low score in each factor): it is named once
                    var fired = rules.computeIfAbsent(row.getString("alert_id"), id -> new ArrayList<>());
                    var rule = "alert.rule." + row.getString("rule");
                    if (!fired.contains(rule)) {
                        fired.add(rule);
                    }
                });
        return rules.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> String.join(" · ", e.getValue())));
    }
}
