package com.dealercsi.reporting.internal;

import com.dealercsi.shared.privacy.OwnerIdentity;
import com.dealercsi.shared.privacy.PersonalDataEraser;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The read model's part of an erasure (ADR 0050): its copy of the owner's comment reads as the marker. It stays not
 * null, so {@code has_comment} and every figure built on the answers stay as they were; the roll-ups hold no text.
 */
@Component
class ReportingErasure implements PersonalDataEraser {

    private final NamedParameterJdbcTemplate jdbc;

    ReportingErasure(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, Integer> erase(OwnerIdentity owner) {
        if (owner.visitIds().isEmpty()) {
            return Map.of();
        }
        return Map.of(
                "report_response",
                jdbc.update(
                        "update report_response set owner_comment = :marker where visit_id in (:ids)"
                                + " and owner_comment is not null",
                        new MapSqlParameterSource("ids", owner.visitIds()).addValue("marker", MARKER)));
    }
}
