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
        assertThat(repeat.body().get("id").asString()).isEqualTo(first.body().get("id").asString());
        assertThat(jdbc.queryForObject("select count(*) from visit where store_id = ?", Integer.class,
                store.store().id())).isEqualTo(1);
    }

    @Test
    void the_visit_is_stored_normalised() {
        var store = stores.create();
        var json = Api.visitJson("RO-2", "  Owner@Example.COM ", store.advisorCode(), "zh-CN");

        var response = Api.postVisit(baseUrl(), store.apiKey(), json, "en");

        var row = jdbc.queryForMap("select email, phone, plate, advisor_name from visit where id = ?",
                UUID.fromString(response.body().get("id").asString()));
        assertThat(row).containsEntry("email", "owner@example.com").containsEntry("phone", "13800138000")
                .containsEntry("plate", "沪A88888").containsEntry("advisor_name", "顾问 " + store.code());
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
        assertThat(english.body().get("errors").valueStream().map(e -> e.get("field").asString()))
                .containsExactlyInAnyOrder("ownerName", "email", "phone", "language");
        assertThat(english.body().toString()).contains("This is not a valid e-mail address.");
        assertThat(chinese.body().toString()).contains("邮箱地址格式不正确。");
        assertThat(jdbc.queryForObject("select count(*) from visit where store_id = ?", Integer.class,
                store.store().id())).isZero();
    }

    @Test
    void an_unknown_advisor_and_a_malformed_date_are_field_errors() {
        var store = stores.create();
        var unknownAdvisor = Api.postVisit(baseUrl(), store.apiKey(),
                Api.visitJson("RO-4", "owner@example.com", "Nobody", "en"), "en");
        var badDate = Api.postVisit(baseUrl(), store.apiKey(), Api.visitJson("RO-5", "owner@example.com",
                store.advisorCode(), "en").replace("2026-11-27T10:30:00+08:00", "yesterday"), "en");

        assertThat(unknownAdvisor.status()).isEqualTo(400);
        assertThat(unknownAdvisor.body().toString()).contains("advisor", "not one of the store's service advisors");
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
    void one_stores_repeat_ro_number_is_another_stores_new_visit() {
        var first = stores.create();
        var second = stores.create();

        var a = Api.postVisit(baseUrl(), first.apiKey(), Api.visitJson("RO-7", "a@example.com", first.advisorCode(), "en"), "en");
        var b = Api.postVisit(baseUrl(), second.apiKey(), Api.visitJson("RO-7", "b@example.com", second.advisorCode(), "en"), "en");

        assertThat(a.status()).isEqualTo(201);
        assertThat(b.status()).isEqualTo(201);
        assertThat(a.body().get("id")).isNotEqualTo(b.body().get("id"));
    }
}
