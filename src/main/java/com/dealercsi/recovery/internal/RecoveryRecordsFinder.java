package com.dealercsi.recovery.internal;

import com.dealercsi.shared.privacy.OwnerIdentity;
import com.dealercsi.shared.privacy.PersonalDataFinder;
import com.dealercsi.shared.privacy.PersonalRecord;
import com.dealercsi.shared.privacy.RecordFields;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What recovering an unhappy owner left: the cases, the notes of their steps and contact attempts, the revisit
 * desk's calls, the follow-up survey and its answer, and the mails that told managers about the owner.
 */
@Component
class RecoveryRecordsFinder implements PersonalDataFinder {

    private static final String CASES = "select id from recovery_case where visit_id in (:visits)";

    private final NamedParameterJdbcTemplate jdbc;

    RecoveryRecordsFinder(NamedParameterJdbcTemplate jdbc) {
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
        jdbc.query("select * from recovery_case where visit_id in (:visits) order by opened_at", visits, row -> {
            records.add(record(
                    "privacy.record.case",
                    row,
                    RecordFields.instant(row, "opened_at"),
                    new RecordFields()
                            .code("privacy.field.level", "alert.level.", row.getString("alert_level"))
                            .code("privacy.field.status", "recovery.status.", row.getString("status"))
                            .time("privacy.field.openedAt", RecordFields.instant(row, "opened_at"))
                            .time("privacy.field.acknowledgedAt", RecordFields.instant(row, "acknowledged_at"))
                            .time("privacy.field.firstContactAt", RecordFields.instant(row, "first_contact_at"))
                            .time("privacy.field.closedAt", RecordFields.instant(row, "closed_at"))
                            .code("privacy.field.outcome", "recovery.outcome.", row.getString("outcome"))
                            .text("privacy.field.handledBy", row.getString("owner_name"))
                            .text("privacy.field.advisor", row.getString("advisor_name"))));
        });
        jdbc.query(
                "select s.*, c.visit_id, c.store_id from recovery_case_step s join recovery_case c on c.id = s.case_id"
                        + " where c.visit_id in (:visits) order by s.done_at",
                visits,
                row -> {
                    records.add(record(
                            "privacy.record.caseStep",
                            row,
                            RecordFields.instant(row, "done_at"),
                            new RecordFields()
                                    .code("privacy.field.step", "recovery.step.", row.getString("step"))
                                    .text("privacy.field.note", row.getString("note"))
                                    .text("privacy.field.newRoNumber", row.getString("new_ro_number"))
                                    .text("privacy.field.atonement", row.getString("atonement_what"))
                                    .text("privacy.field.by", row.getString("done_by"))));
                });
        jdbc.query(
                "select a.*, c.visit_id, c.store_id from recovery_contact_attempt a"
                        + " join recovery_case c on c.id = a.case_id where c.visit_id in (:visits)"
                        + " order by a.attempted_at",
                visits,
                row -> {
                    records.add(record(
                            "privacy.record.contactAttempt",
                            row,
                            RecordFields.instant(row, "attempted_at"),
                            new RecordFields()
                                    .code("privacy.field.channel", "recovery.channel.", row.getString("channel"))
                                    .code("privacy.field.result", "recovery.result.", row.getString("result"))
                                    .text("privacy.field.note", row.getString("note"))
                                    .text("privacy.field.by", row.getString("attempted_by"))));
                });
        jdbc.query(
                "select r.*, v.store_id from revisit_call r join revisit_visit v on v.visit_id = r.visit_id"
                        + " where r.visit_id in (:visits) order by r.called_at",
                visits,
                row -> {
                    records.add(record(
                            "privacy.record.revisitCall",
                            row,
                            RecordFields.instant(row, "called_at"),
                            new RecordFields()
                                    .code("privacy.field.result", "recovery.revisit.result.", row.getString("result"))
                                    .text("privacy.field.note", row.getString("note"))
                                    .text("privacy.field.by", row.getString("called_by"))));
                });
        jdbc.query(
                "select f.*, c.visit_id from recovery_follow_up f join recovery_case c on c.id = f.case_id"
                        + " where c.visit_id in (:visits) order by f.scheduled_at",
                visits,
                row -> {
                    records.add(record(
                            "privacy.record.followUp",
                            row,
                            RecordFields.instant(row, "scheduled_at"),
                            new RecordFields()
                                    .code("privacy.field.state", "privacy.followUpStatus.", row.getString("status"))
                                    .time("privacy.field.sentAt", RecordFields.instant(row, "sent_at"))
                                    .time("privacy.field.answeredAt", RecordFields.instant(row, "answered_at"))
                                    .code(
                                            "privacy.field.madeRight",
                                            "recovery.followUp.madeRight.",
                                            row.getString("made_right"))
                                    .text("privacy.field.satisfaction", row.getObject("satisfaction"))
                                    .text("privacy.field.comment", row.getString("answer_comment"))));
                });
        mailsToStaff(visits, records);
        return records;
    }

    /** Escalation and "still unhappy" mails: to whom and when; their text is not kept. */
    private void mailsToStaff(Map<String, List<String>> visits, List<PersonalRecord> records) {
        jdbc.query(
                "select m.recipient, m.sent_at, m.breach, c.visit_id, c.store_id"
                        + " from recovery_escalation_mail_sent m join recovery_case c on c.id = m.case_id"
                        + " where m.case_id in (" + CASES + ") order by m.sent_at",
                visits,
                row -> {
                    records.add(record(
                            "privacy.record.mailToStaff",
                            row,
                            RecordFields.instant(row, "sent_at"),
                            new RecordFields()
                                    .text("privacy.field.mail", "privacy.mail.escalation")
                                    .code("privacy.field.reason", "recovery.breach.", row.getString("breach"))
                                    .text("privacy.field.recipient", row.getString("recipient"))
                                    .time("privacy.field.sentAt", RecordFields.instant(row, "sent_at"))));
                });
        jdbc.query(
                "select m.recipient, m.sent_at, c.visit_id, c.store_id"
                        + " from recovery_follow_up_unhappy_mail_sent m join recovery_case c on c.id = m.case_id"
                        + " where m.case_id in (" + CASES + ") order by m.sent_at",
                visits,
                row -> {
                    records.add(record(
                            "privacy.record.mailToStaff",
                            row,
                            RecordFields.instant(row, "sent_at"),
                            new RecordFields()
                                    .text("privacy.field.mail", "privacy.mail.stillUnhappy")
                                    .text("privacy.field.recipient", row.getString("recipient"))
                                    .time("privacy.field.sentAt", RecordFields.instant(row, "sent_at"))));
                });
    }

    private static PersonalRecord record(String kind, ResultSet row, @Nullable Instant at, RecordFields fields)
            throws SQLException {
        return new PersonalRecord(
                kind,
                UUID.fromString(row.getString("visit_id")),
                UUID.fromString(row.getString("store_id")),
                at,
                fields.toMap());
    }
}
