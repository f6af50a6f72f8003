package com.dealercsi.invitation.internal;

import com.dealercsi.invitation.EmailAddresses;
import com.dealercsi.shared.privacy.OwnerIdentity;
import com.dealercsi.shared.privacy.OwnerKeys;
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
 * mails themselves are not kept, only when each went out; the opt-out is found by the keyed hashes of the
 * addresses and mobiles the visits carry.
 */
@Component
class InvitationRecordsFinder implements PersonalDataFinder {

    private final NamedParameterJdbcTemplate jdbc;
    private final OwnerKeys keys;

    InvitationRecordsFinder(NamedParameterJdbcTemplate jdbc, OwnerKeys keys) {
        this.jdbc = jdbc;
        this.keys = keys;
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

    /**
     * An opt-out belongs to no visit and is kept only by keyed hashes of the address and the mobile (ADR 0050): it
     * is shown with the owner's newest invitation.
     */
    private List<PersonalRecord> optOuts(OwnerIdentity owner) {
        var ownerKeys = new ArrayList<String>();
        owner.emails().forEach(email -> ownerKeys.add(keys.ofEmailHash(EmailAddresses.hash(email))));
        owner.mobiles().forEach(mobile -> ownerKeys.add(keys.ofMobile(mobile)));
        if (ownerKeys.isEmpty()) {
            return List.of();
        }
        var records = new ArrayList<PersonalRecord>();
        jdbc.query(
                "select (select min(opted_out_at) from invitation_opt_out where owner_key in (:keys)) opted_out_at,"
                        + " i.visit_id, i.store_id from invitation i where i.visit_id in (:visits)"
                        + " and exists (select 1 from invitation_opt_out where owner_key in (:keys))"
                        + " order by i.created_at desc limit 1",
                Map.of(
                        "keys",
                        ownerKeys,
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
