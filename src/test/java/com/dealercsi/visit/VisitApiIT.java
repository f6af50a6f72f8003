package com.dealercsi.visit;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealercsi.support.Api;
import com.dealercsi.support.IntegrationTest;
import com.dealercsi.support.TestStores;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class VisitApiIT extends IntegrationTest {

    @Autowired
    TestStores stores;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_new_visit_answers_201_with_its_id_and_a_repeat_answers_200_with_the_same_id() {
        var store = stores.create();
        var json = Api.visitJson("RO-1", "owner@example.com", store.advisorCode(), "zh-CN");

        var first = Api.postVisit(baseUrl(), store.apiKey(), json, "en");
        var repeat = Api.postVisit(baseUrl(), store.apiKey(), json, "en");

        assertThat(first.status()).isEqualTo(201);
        assertThat(repeat.status()).isEqualTo(200);
        assertThat(repeat.body().get("id").asString())
                .isEqualTo(first.body().get("id").asString());
        assertThat(jdbc.queryForObject(
                        "select count(*) from visit where store_id = ?",
                        Integer.class,
                        store.store().id()))
                .isEqualTo(1);
    }

    @Test
    void the_visit_is_stored_normalised() {
        var store = stores.create();
        var json = Api.visitJson("RO-2", "  Owner@Example.COM ", store.advisorCode(), "zh-CN");

        var response = Api.postVisit(baseUrl(), store.apiKey(), json, "en");

        var row = jdbc.queryForMap(
                "select email, phone, plate, advisor_name from visit where id = ?",
                UUID.fromString(response.body().get("id").asString()));
        assertThat(row)
                .containsEntry("email", "owner@example.com")
                .containsEntry("phone", "+8613800138000")
                .containsEntry("plate", "沪A88888")
                .containsEntry("advisor_name", "顾问 " + store.code());
    }

    @Test
    void bad_input_answers_400_with_every_field_error_in_the_callers_language() {
        var store = stores.create();
        var json = """
                {"roNumber": "RO-3", "ownerName": "", "email": "not-an-email", "phone": "12",
                 "plate": "沪A1", "model": "X", "serviceType": "MAINTENANCE", "advisor": "%s",
                 "deliveredAt": "2026-11-27T10:30:00+08:00", "language": "fr"}
                """.formatted(store.advisorCode());

        var english = Api.postVisit(baseUrl(), store.apiKey(), json, "en");
        var chinese = Api.postVisit(baseUrl(), store.apiKey(), json, "zh-CN");

        assertThat(english.status()).isEqualTo(400);
        assertThat(english.body()
                        .get("errors")
                        .valueStream()
                        .map(e -> e.get("field").asString()))
                .containsExactlyInAnyOrder("ownerName", "email", "phone", "language");
        assertThat(english.body().toString()).contains("This is not a complete e-mail address.");
        assertThat(chinese.body().toString()).contains("邮箱地址不完整");
        assertThat(jdbc.queryForObject(
                        "select count(*) from visit where store_id = ?",
                        Integer.class,
                        store.store().id()))
                .isZero();
    }

    @Test
    void an_unknown_advisor_is_stored_not_matched_with_a_warning_and_a_malformed_date_is_a_field_error() {
        var store = stores.create();
        var unknownAdvisor = Api.postVisit(
                baseUrl(), store.apiKey(), Api.visitJson("RO-4", "owner@example.com", "Nobody", "en"), "en");
        var badDate = Api.postVisit(
                baseUrl(),
                store.apiKey(),
                Api.visitJson("RO-5", "owner@example.com", store.advisorCode(), "en")
                        .replace("2026-11-27T10:30:00+08:00", "yesterday"),
                "en");

        assertThat(unknownAdvisor.status()).isEqualTo(201);
        assertThat(unknownAdvisor.body().get("warnings").toString())
                .contains("advisor", "not one of the store's advisors yet");
        var stored = jdbc.queryForMap(
                "select advisor_id, advisor_name from visit where id = ?",
                UUID.fromString(unknownAdvisor.body().get("id").asString()));
        assertThat(stored.get("advisor_id")).isNull();
        assertThat(stored).containsEntry("advisor_name", "Nobody");
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.body().toString()).contains("deliveredAt", "ISO-8601");
    }

    @Test
    void a_wrong_or_missing_key_answers_401() {
        var store = stores.create();
        var json = Api.visitJson("RO-6", "owner@example.com", store.advisorCode(), "en");

        assertThat(Api.postVisit(baseUrl(), "not-a-key", json, "en").status()).isEqualTo(401);
        assertThat(Api.postVisit(baseUrl(), "", json, "en").status()).isEqualTo(401);
    }

    @Test
    void phone_numbers_are_stored_in_e164_and_impossible_ones_are_refused() {
        var store = stores.create();
        var landline = Api.postVisit(
                baseUrl(),
                store.apiKey(),
                Api.visitJson("RO-P1", "p1@example.com", store.advisorCode(), "en")
                        .replace("138 0013 8000", "021-6543 2100"),
                "en");
        var international = Api.postVisit(
                baseUrl(),
                store.apiKey(),
                Api.visitJson("RO-P2", "p2@example.com", store.advisorCode(), "en")
                        .replace("138 0013 8000", "+44 20 7946 0958"),
                "en");
        var impossible = Api.postVisit(
                baseUrl(),
                store.apiKey(),
                Api.visitJson("RO-P3", "p3@example.com", store.advisorCode(), "en")
                        .replace("138 0013 8000", "138 0013"),
                "zh-CN");

        assertThat(phoneOf(landline)).isEqualTo("+862165432100");
        assertThat(phoneOf(international)).isEqualTo("+442079460958");
        assertThat(impossible.status()).isEqualTo(400);
        assertThat(impossible.body().toString()).contains("phone", "手机号无效");
    }

    @Test
    void a_batch_stores_the_good_rows_and_answers_each_rows_outcome() {
        var store = stores.create();
        var good = Api.visitJson("RO-B1", "b1@example.com", store.advisorCode(), "en");
        var repeat = Api.visitJson("RO-B1", "b1@example.com", store.advisorCode(), "en");
        var badEmail = Api.visitJson("RO-B2", "not-an-email", store.advisorCode(), "en");
        var badDate = Api.visitJson("RO-B3", "b3@example.com", store.advisorCode(), "en")
                .replace("2026-11-27T10:30:00+08:00", "yesterday");
        var alsoGood = Api.visitJson("RO-B4", "b4@example.com", store.advisorCode(), "zh-CN");

        var response = Api.postJson(
                baseUrl(),
                store.apiKey(),
                "/api/v1/visits:batch",
                "{\"visits\": [" + String.join(",", good, repeat, badEmail, badDate, alsoGood) + "]}",
                "en");

        assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
        var results = response.body().get("results");
        assertThat(results.get(0).get("outcome").asString()).isEqualTo("CREATED");
        assertThat(results.get(1).get("outcome").asString()).isEqualTo("EXISTING");
        assertThat(results.get(1).get("id")).isEqualTo(results.get(0).get("id"));
        assertThat(results.get(2).get("outcome").asString()).isEqualTo("REJECTED");
        assertThat(results.get(2).get("errors").toString()).contains("email", "This is not a complete e-mail address.");
        assertThat(results.get(3).get("outcome").asString()).isEqualTo("REJECTED");
        assertThat(results.get(3).get("errors").toString()).contains("deliveredAt");
        assertThat(results.get(4).get("outcome").asString()).isEqualTo("CREATED");
        assertThat(response.body().get("summary").toString())
                .contains("\"created\":2", "\"existing\":1", "\"rejected\":2");
        assertThat(jdbc.queryForObject(
                        "select count(*) from visit where store_id = ?",
                        Integer.class,
                        store.store().id()))
                .isEqualTo(2);
    }

    @Test
    void a_batch_may_be_a_bare_json_array_and_anything_else_is_told_the_shape_it_needs() {
        var store = stores.create();
        var array = Api.postJson(
                baseUrl(),
                store.apiKey(),
                "/api/v1/visits:batch",
                "["
                        + Api.visitJson("RO-ARR1", "arr1@example.com", store.advisorCode(), "en") + ","
                        + Api.visitJson("RO-ARR2", "arr2@example.com", store.advisorCode(), "en") + "]",
                "en");
        var text = Api.postJson(baseUrl(), store.apiKey(), "/api/v1/visits:batch", "\"visits\"", "zh-CN");

        assertThat(array.status()).as(array.body().toString()).isEqualTo(200);
        assertThat(array.body().get("summary").toString()).contains("\"created\":2");
        assertThat(text.status()).isEqualTo(400);
        assertThat(text.body().toString()).contains("{\\\"visits\\\": [ … ]}", "JSON 数组");
    }

    @Test
    void an_owner_with_a_mobile_only_is_stored_and_an_address_without_a_domain_ending_is_refused() {
        var store = stores.create();
        var mobileOnly = Api.postVisit(
                baseUrl(), store.apiKey(), Api.visitJson("RO-M1", "", store.advisorCode(), "zh-CN"), "zh-CN");
        var noDomainEnding = Api.postVisit(
                baseUrl(), store.apiKey(), Api.visitJson("RO-M2", "liuyang@example", store.advisorCode(), "en"), "en");
        var noContact = Api.postVisit(
                baseUrl(),
                store.apiKey(),
                Api.visitJson("RO-M3", "", store.advisorCode(), "en").replace("138 0013 8000", ""),
                "en");

        assertThat(mobileOnly.status()).isEqualTo(201);
        assertThat(mobileOnly.body().get("warnings").toString()).contains("email", "由回访专员电话回访");
        assertThat(noDomainEnding.status()).isEqualTo(400);
        assertThat(noDomainEnding.body().toString()).contains("email", "name@example.com");
        assertThat(noContact.status()).isEqualTo(400);
        assertThat(noContact.body().toString()).contains("mobile or e-mail");
    }

    @Test
    void the_dms_may_name_the_service_type_in_its_own_words() {
        var store = stores.create();
        var words = java.util.Map.of(
                "定期保养",
                "MAINTENANCE",
                "保修索赔",
                "WARRANTY",
                "钣金喷漆",
                "ACCIDENT_REPAIR",
                "事故维修",
                "ACCIDENT_REPAIR",
                "一般维修",
                "REPAIR");
        int n = 0;
        for (var word : words.entrySet()) {
            var response = Api.postVisit(
                    baseUrl(),
                    store.apiKey(),
                    Api.visitJson("RO-W" + n++, "w@example.com", store.advisorCode(), "zh-CN")
                            .replace("\"MAINTENANCE\"", "\"" + word.getKey() + "\""),
                    "zh-CN");
            assertThat(response.status()).as(word.getKey()).isEqualTo(201);
            assertThat(jdbc.queryForObject(
                            "select service_type from visit where id = ?",
                            String.class,
                            UUID.fromString(response.body().get("id").asString())))
                    .as(word.getKey())
                    .isEqualTo(word.getValue());
        }
    }

    @Test
    void a_batch_of_more_than_1000_visits_is_refused_whole() {
        var store = stores.create();
        var row = Api.visitJson("RO-X", "x@example.com", store.advisorCode(), "en");
        var rows = String.join(",", java.util.Collections.nCopies(1001, row));

        var response =
                Api.postJson(baseUrl(), store.apiKey(), "/api/v1/visits:batch", "{\"visits\": [" + rows + "]}", "en");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().toString()).contains("between 1 and 1,000");
        assertThat(jdbc.queryForObject(
                        "select count(*) from visit where store_id = ?",
                        Integer.class,
                        store.store().id()))
                .isZero();
    }

    @Test
    void a_visit_is_read_back_with_its_invitations_state_and_only_by_its_own_store() {
        var store = stores.create();
        var other = stores.create();
        var created =
                Api.postVisit(baseUrl(), store.apiKey(), Api.visitJson("RO-G1", "", store.advisorCode(), "en"), "en");
        var path = "/api/v1/visits/" + created.body().get("id").asString();

        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(20))
                .until(() ->
                        Api.get(baseUrl(), store.apiKey(), path, "en").body().has("invitation"));
        var visit = Api.get(baseUrl(), store.apiKey(), path, "en");

        assertThat(visit.status()).isEqualTo(200);
        assertThat(visit.body().get("roNumber").asString()).isEqualTo("RO-G1");
        assertThat(visit.body().get("phone").asString()).isEqualTo("+8613800138000");
        var invitation = visit.body().get("invitation");
        assertThat(invitation.get("state").asString()).isEqualTo("SKIPPED");
        assertThat(invitation.get("skipReason").asString()).isEqualTo("NO_VALID_EMAIL");
        assertThat(invitation.get("reason").asString()).contains("no e-mail address that can receive mail");
        assertThat(Api.get(baseUrl(), store.apiKey(), path, "zh-CN")
                        .body()
                        .get("invitation")
                        .get("reason")
                        .asString())
                .contains("没有可收信的邮箱");
        assertThat(Api.get(baseUrl(), other.apiKey(), path, "en").status()).isEqualTo(404);
        assertThat(Api.get(baseUrl(), "wrong-key", path, "en").status()).isEqualTo(401);
    }

    @Test
    void the_api_describes_itself_in_openapi() throws Exception {
        var response = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create(baseUrl() + "/v3/api-docs"))
                                .GET()
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"openapi\"", "/api/v1/visits:batch", "/api/v1/visits/{id}", "X-Api-Key");
    }

    private UUID idOf(Api.Response response) {
        return UUID.fromString(response.body().get("id").asString());
    }

    private String phoneOf(Api.Response response) {
        assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
        return jdbc.queryForObject("select phone from visit where id = ?", String.class, idOf(response));
    }

    @Test
    void one_stores_repeat_ro_number_is_another_stores_new_visit() {
        var first = stores.create();
        var second = stores.create();

        var a = Api.postVisit(
                baseUrl(), first.apiKey(), Api.visitJson("RO-7", "a@example.com", first.advisorCode(), "en"), "en");
        var b = Api.postVisit(
                baseUrl(), second.apiKey(), Api.visitJson("RO-7", "b@example.com", second.advisorCode(), "en"), "en");

        assertThat(a.status()).isEqualTo(201);
        assertThat(b.status()).isEqualTo(201);
        assertThat(a.body().get("id")).isNotEqualTo(b.body().get("id"));
    }
}
