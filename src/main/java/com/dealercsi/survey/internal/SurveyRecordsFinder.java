package com.dealercsi.survey.internal;

import com.dealercsi.shared.privacy.OwnerIdentity;
import com.dealercsi.shared.privacy.PersonalDataFinder;
import com.dealercsi.shared.privacy.PersonalRecord;
import com.dealercsi.shared.privacy.RecordFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The owner's answers (also one given by phone) and an unfinished answer kept so they could come back to it. */
@Component
class SurveyRecordsFinder implements PersonalDataFinder {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final NamedParameterJdbcTemplate jdbc;

    SurveyRecordsFinder(NamedParameterJdbcTemplate jdbc) {
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
        jdbc.query("select * from survey_response where visit_id in (:visits) order by submitted_at", visits, row -> {
            var at = RecordFields.instant(row, "submitted_at");
            records.add(new PersonalRecord(
                    "privacy.record.answer",
                    UUID.fromString(row.getString("visit_id")),
                    UUID.fromString(row.getString("store_id")),
                    at,
                    new RecordFields()
                            .time("privacy.field.answeredAt", at)
                            .text("privacy.field.overall", row.getInt("overall"))
                            .text("privacy.field.nps", row.getInt("nps"))
                            .text("privacy.field.comment", row.getString("owner_comment"))
                            .yesNo("privacy.field.contactConsent", row.getBoolean("contact_consent"))
                            .code("privacy.field.channel", "survey.channel.", row.getString("answered_channel"))
                            .text("privacy.field.answeredBy", row.getString("answered_by_name"))
                            .toMap()));
        });
        ratings(visits, records);
        // a draft is kept by invitation; the invitation's visit is the one link to the owner
        jdbc.query(
                "select d.*, i.visit_id, i.store_id from survey_draft d join invitation i on i.id = d.invitation_id"
                        + " where i.visit_id in (:visits)",
                visits,
                row -> {
                    var at = RecordFields.instant(row, "updated_at");
                    var answers = draft(row.getString("answers_json"));
                    records.add(new PersonalRecord(
                            "privacy.record.draft",
                            UUID.fromString(row.getString("visit_id")),
                            UUID.fromString(row.getString("store_id")),
                            at,
                            new RecordFields()
                                    .time("privacy.field.savedAt", at)
                                    .text("privacy.field.overall", value(answers, "overall"))
                                    .text("privacy.field.nps", value(answers, "nps"))
                                    .text("privacy.field.comment", value(answers, "comment"))
                                    .toMap()));
                });
        return records;
    }

    /**
     * The ratings of each answer, labelled with the question as the owner read it: the questionnaire's stored
     * text in the invitation's language, which is no message key, so it is shown as written.
     */
    private void ratings(Map<String, List<String>> visits, List<PersonalRecord> records) {
        var ratings = jdbc.query(
                "select r.id, r.visit_id, r.store_id, r.submitted_at, a.rating, q.text_zh, q.text_en, i.language"
                        + " from survey_response r join survey_answer a on a.response_id = r.id"
                        + " join questionnaire_item q on q.questionnaire_version = r.questionnaire_version"
                        + " and q.item_id = a.item_id"
                        + " left join invitation i on i.id = r.invitation_id"
                        + " where r.visit_id in (:visits) order by r.submitted_at, q.position",
                visits,
                (row, n) -> {
                    var rating = row.getObject("rating");
                    return new Rating(
                            new PersonalRecord(
                                    "privacy.record.ratings",
                                    UUID.fromString(row.getString("visit_id")),
                                    UUID.fromString(row.getString("store_id")),
                                    RecordFields.instant(row, "submitted_at"),
                                    Map.of()),
                            row.getString("id"),
                            "EN".equals(row.getString("language"))
                                    ? row.getString("text_en")
                                    : row.getString("text_zh"),
                            rating == null || ((Number) rating).intValue() < 0
                                    ? "privacy.value.notApplicable"
                                    : rating.toString());
                });
        var byAnswer = new LinkedHashMap<String, List<Rating>>();
        ratings.forEach(rating -> byAnswer.computeIfAbsent(rating.responseId(), id -> new ArrayList<>())
                .add(rating));
        byAnswer.values().forEach(answer -> {
            var fields = new RecordFields();
            answer.forEach(rating -> fields.text(rating.question(), rating.value()));
            var head = answer.getFirst().head();
            records.add(new PersonalRecord(head.kind(), head.visitId(), head.storeId(), head.at(), fields.toMap()));
        });
    }

    private record Rating(PersonalRecord head, String responseId, String question, String value) {}

    private static JsonNode draft(String json) {
        try {
            return JSON.readTree(json);
        } catch (RuntimeException unreadable) {
            return JSON.createObjectNode();
        }
    }

    private static @org.jspecify.annotations.Nullable String value(JsonNode answers, String field) {
        var node = answers.get(field);
        return node == null || node.isNull() ? null : node.asString();
    }
}
