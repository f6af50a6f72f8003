package com.dealercsi.reporting.internal;

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
 * The dashboard's copy of the owner's comment (the read model keeps it for the comments panel and exports); the
 * figures beside it are the answer's, already listed with the answer.
 */
@Component
class ReportRecordsFinder implements PersonalDataFinder {

    private final NamedParameterJdbcTemplate jdbc;

    ReportRecordsFinder(NamedParameterJdbcTemplate jdbc) {
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
                "select visit_id, store_id, submitted_at, owner_comment from report_response"
                        + " where visit_id in (:visits) and owner_comment is not null and owner_comment <> ''"
                        + " order by submitted_at",
                Map.of("visits", owner.visitIds().stream().map(UUID::toString).toList()),
                row -> {
                    records.add(new PersonalRecord(
                            "privacy.record.reportCopy",
                            UUID.fromString(row.getString("visit_id")),
                            UUID.fromString(row.getString("store_id")),
                            RecordFields.instant(row, "submitted_at"),
                            new RecordFields()
                                    .text("privacy.field.comment", row.getString("owner_comment"))
                                    .toMap()));
                });
        return records;
    }
}
