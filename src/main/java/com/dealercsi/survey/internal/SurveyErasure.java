package com.dealercsi.survey.internal;

import com.dealercsi.invitation.Invitations;
import com.dealercsi.shared.privacy.OwnerIdentity;
import com.dealercsi.shared.privacy.PersonalDataEraser;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The survey feature's part of an erasure (ADR 0050): the owner's comment reads as the marker (ratings, scores and
 * whether there was a comment stay), unfinished answers go. The one change to a stored answer the app makes; no
 * person can make it.
 */
@Component
class SurveyErasure implements PersonalDataEraser {

    private final NamedParameterJdbcTemplate jdbc;
    private final Invitations invitations;

    SurveyErasure(NamedParameterJdbcTemplate jdbc, Invitations invitations) {
        this.jdbc = jdbc;
        this.invitations = invitations;
    }

    @Override
    public Map<String, Integer> erase(OwnerIdentity owner) {
        var rows = new LinkedHashMap<String, Integer>();
        if (owner.visitIds().isEmpty()) {
            return rows;
        }
        rows.put(
                "survey_response",
                jdbc.update(
                        "update survey_response set owner_comment = :marker where visit_id in (:ids)"
                                + " and owner_comment is not null",
                        new MapSqlParameterSource("ids", owner.visitIds()).addValue("marker", MARKER)));
        var invitationIds = invitations.idsOfVisits(owner.visitIds());
        rows.put(
                "survey_draft",
                invitationIds.isEmpty()
                        ? 0
                        : jdbc.update(
                                "delete from survey_draft where invitation_id in (:ids)",
                                new MapSqlParameterSource("ids", invitationIds)));
        return rows;
    }
}
