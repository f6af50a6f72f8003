package com.dealercsi.invitation.internal;

import com.dealercsi.invitation.EmailAddresses;
import com.dealercsi.shared.privacy.OwnerIdentity;
import com.dealercsi.shared.privacy.PersonalDataFinder;
import com.dealercsi.shared.privacy.PersonalRecord;
import com.dealercsi.shared.privacy.RecordFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The owner's invitations, the survey mails they were sent (invitation and reminder) and their opt-out. The
 * mails themselves are not kept, only when each went out; the opt-out is kept by the e-mail's hash, so it is
 * found from the addresses the visits carry.
 */
@Component
class InvitationRecordsFinder implements PersonalDataFinder {

    private final NamedParameterJdbcTemplate jdbc;

    InvitationRecordsFinder(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public List<PersonalRecord> recordsOf(OwnerIdentity owner) {
        if (owner.visitIds().isEmpty()) {
            return List.of();
        }
        var records = new ArrayList<PersonalRecord>();
        jdbc.query(
                "select * from invitation where visit_id in (:visits) order by created_at",
                Map.of("visits", owner.visitIds().stream().map(UUID::toString).toList()),
                row -> {
                    var visitId = UUID.fromString(row.getString("visit_id"));
                    var storeId = UUID.fromString(row.getString("store_id"));
                    var sent = RecordFields.instant(row, "sent_at");
                    var reminded = RecordFields.instant(row, "reminded_at");
                    records.add(new PersonalRecord(
                            "privacy.record.invitation",
                            visitId,
                            storeId,
                            RecordFields.instant(row, "created_at"),
                            new RecordFields()
                                    .code("privacy.field.state", "invitation.state.", row.getString("state"))
                                    .code("privacy.field.skipReason", "privacy.skip.", row.getString("skip_reason"))
                                    .time("privacy.field.sentAt", sent)
                                    .time("privacy.field.remindedAt", reminded)
                                    .time("privacy.field.answeredAt", RecordFields.instant(row, "answered_at"))
                                    .time("privacy.field.expiresAt", RecordFields.instant(row, "expires_at"))
                                    .text("privacy.field.failure", row.getString("failure"))
                                    .toMap()));
                    if (sent != null) {
                        records.add(mail(visitId, storeId, sent, "privacy.mail.invitation"));
                    }
                    if (reminded != null) {
                        records.add(mail(visitId, storeId, reminded, "privacy.mail.reminder"));
                    }
                });
        records.addAll(optOuts(owner));
        return records;
    }

    private static PersonalRecord mail(UUID visitId, UUID storeId, java.time.Instant at, String what) {
        return new PersonalRecord(
                "privacy.record.mailToOwner",
                visitId,
                storeId,
                at,
                new RecordFields()
                        .text("privacy.field.mail", what)
                        .time("privacy.field.sentAt", at)
                        .toMap());
    }

    /** An opt-out belongs to no visit: it is shown with the newest visit carrying the address. */
    private List<PersonalRecord> optOuts(OwnerIdentity owner) {
        if (owner.emails().isEmpty()) {
            return List.of();
        }
        var records = new ArrayList<PersonalRecord>();
        jdbc.query(
                "select o.opted_out_at, i.visit_id, i.store_id from invitation_opt_out o"
                        + " join invitation i on i.email_hash = o.email_hash"
                        + " where o.email_hash in (:hashes) and i.visit_id in (:visits)"
                        + " order by i.created_at desc limit 1",
                Map.of(
                        "hashes",
                        owner.emails().stream().map(EmailAddresses::hash).toList(),
                        "visits",
                        owner.visitIds().stream().map(UUID::toString).toList()),
                row -> {
                    var at = RecordFields.instant(row, "opted_out_at");
                    records.add(new PersonalRecord(
                            "privacy.record.optOut",
                            UUID.fromString(row.getString("visit_id")),
                            UUID.fromString(row.getString("store_id")),
                            at,
                            new RecordFields()
                                    .time("privacy.field.optedOutAt", at)
                                    .toMap()));
                });
        return records;
    }
}
