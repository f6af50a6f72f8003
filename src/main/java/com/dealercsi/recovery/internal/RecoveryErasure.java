package com.dealercsi.recovery.internal;

import com.dealercsi.shared.privacy.OwnerIdentity;
import com.dealercsi.shared.privacy.PersonalDataEraser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The recovery feature's part of an erasure (ADR 0050): every text typed on the owner's cases and revisit calls
 * (step and close notes, the atonement, contact notes, call notes), the owner's follow-up comment, the case history's
 * copies of them and the owner's name the history signs the follow-up answer with, and the follow-up link. Statuses,
 * times, outcomes, ratings and the atonement's value stay, so every case figure stays.
 */
@Component
class RecoveryErasure implements PersonalDataEraser {

    private final NamedParameterJdbcTemplate jdbc;

    RecoveryErasure(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, Integer> erase(OwnerIdentity owner) {
        var rows = new LinkedHashMap<String, Integer>();
        if (owner.visitIds().isEmpty()) {
            return rows;
        }
        var visits = new MapSqlParameterSource("ids", owner.visitIds()).addValue("marker", MARKER);
        rows.put(
                "revisit_call",
                jdbc.update("update revisit_call set note = :marker where visit_id in (:ids) and note <> ''", visits));
        var caseIds = jdbc.queryForList("select id from recovery_case where visit_id in (:ids)", visits, String.class);
        if (caseIds.isEmpty()) {
            return rows;
        }
        var cases = new MapSqlParameterSource("cases", caseIds).addValue("marker", MARKER);
        rows.put("recovery_case_step", jdbc.update("""
                        update recovery_case_step set
                            note = case when note = '' then note else :marker end,
                            atonement_what = case when atonement_what is null or atonement_what = '' then atonement_what
                                else :marker end
                        where case_id in (:cases)""", cases));
        rows.put(
                "recovery_contact_attempt",
                jdbc.update(
                        "update recovery_contact_attempt set note = :marker where case_id in (:cases) and note <> ''",
                        cases));
        rows.put("recovery_follow_up", jdbc.update("""
                        update recovery_follow_up set
                            answer_comment = case when answer_comment is null then null else :marker end,
                            token_hash = null,
                            version = version + 1
                        where case_id in (:cases)""", cases));
        rows.put("recovery_case_audit", eraseHistory(cases));
        return rows;
    }

    /** Each history line rewritten by {@link CaseHistoryErasure}; only lines that change are written. */
    private int eraseHistory(MapSqlParameterSource cases) {
        var changes = new ArrayList<MapSqlParameterSource>();
        jdbc.query(
                "select id, action, detail, actor, actor_staff_id from recovery_case_audit where case_id in (:cases)",
                cases,
                row -> {
                    var action = row.getString("action");
                    var detail = row.getString("detail");
                    var actor = row.getString("actor");
                    var newDetail = CaseHistoryErasure.detail(action, detail);
                    var newActor = CaseHistoryErasure.actorIsOwner(action, row.getString("actor_staff_id") != null)
                            ? MARKER
                            : actor;
                    if (!newDetail.equals(detail) || !newActor.equals(actor)) {
                        changes.add(new MapSqlParameterSource("id", row.getString("id"))
                                .addValue("detail", newDetail)
                                .addValue("actor", newActor));
                    }
                });
        if (changes.isEmpty()) {
            return 0;
        }
        jdbc.batchUpdate(
                "update recovery_case_audit set detail = :detail, actor = :actor where id = :id",
                changes.toArray(MapSqlParameterSource[]::new));
        return changes.size();
    }
}
