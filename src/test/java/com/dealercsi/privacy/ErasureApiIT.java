package com.dealercsi.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealercsi.shared.privacy.PersonalDataEraser;
import com.dealercsi.support.Api;
import com.dealercsi.support.IntegrationTest;
import com.dealercsi.support.TestStores;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@code POST /api/v1/privacy/erasures} as a DMS calls it, with the store's key. */
class ErasureApiIT extends IntegrationTest {

    static final String PATH = "/api/v1/privacy/erasures";

    @Autowired
    TestStores stores;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_store_erases_its_owner_by_ro_number_or_mobile_and_asking_again_erases_nothing() {
        var store = stores.create();
        var other = stores.create();
        var first = visit(store, "RO-API1", "api-one-" + store.code() + "@example.com", "13311112222");
        var second = visit(store, "RO-API2", "api-two-" + store.code() + "@example.com", "13311112222");
        var untouched = visit(store, "RO-API3", "api-three-" + store.code() + "@example.com", "13399998888");

        // another store's key does not reach this store's owners
        var elsewhere = Api.postJson(
                baseUrl(), other.apiKey(), PATH, "{\"roNumber\": \"RO-API1\", \"reason\": \"request\"}", "en");
        assertThat(elsewhere.status()).isEqualTo(200);
        assertThat(elsewhere.body().get("visits").asInt()).isZero();
        assertThat(ownerName(first)).isEqualTo("王先生");

        var byRo = Api.postJson(
                baseUrl(), store.apiKey(), PATH, "{\"roNumber\": \"RO-API1\", \"reason\": \"ticket 5\"}", "en");
        assertThat(byRo.status()).isEqualTo(200);
        assertThat(byRo.body().get("visits").asInt()).isEqualTo(1);
        assertThat(byRo.body().get("rowsByTable").get("visit").asInt()).isEqualTo(1);
        assertThat(byRo.body().get("rowsByTable").get("invitation").asInt()).isEqualTo(1);
        assertThat(ownerName(first)).isEqualTo(PersonalDataEraser.MARKER);
        assertThat(ownerName(second)).isEqualTo("王先生");

        var again = Api.postJson(
                baseUrl(), store.apiKey(), PATH, "{\"roNumber\": \"RO-API1\", \"reason\": \"ticket 5\"}", "en");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body().get("visits").asInt()).isZero();
        assertThat(again.body().get("rowsByTable").isEmpty()).isTrue();

        var byMobile = Api.postJson(
                baseUrl(), store.apiKey(), PATH, "{\"mobile\": \"133 1111 2222\", \"reason\": \"ticket 6\"}", "zh-CN");
        assertThat(byMobile.body().get("visits").asInt()).isEqualTo(1);
        assertThat(ownerName(second)).isEqualTo(PersonalDataEraser.MARKER);
        assertThat(ownerName(untouched)).isEqualTo("王先生");

        var audit = jdbc.queryForMap(
                "select actor, actor_role, store_id from audit_entry where action = 'ERASURE' order by seq desc limit 1");
        assertThat(audit.get("actor")).isEqualTo("api:" + store.code());
        assertThat(audit.get("actor_role")).isEqualTo("STORE_API");
        assertThat(audit.get("store_id").toString())
                .isEqualTo(store.store().id().toString());
    }

    @Test
    void a_request_without_an_owner_or_a_reason_is_refused_with_a_sentence_in_the_callers_language() {
        var store = stores.create();

        var empty = Api.postJson(baseUrl(), store.apiKey(), PATH, "{\"mobile\": \" \", \"reason\": \"x\"}", "en");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body().get("errors").get(0).get("message").asString())
                .startsWith("Say whose data to erase: give roNumber, mobile or email");
        var emptyZh = Api.postJson(baseUrl(), store.apiKey(), PATH, "{\"reason\": \"x\"}", "zh-CN");
        assertThat(emptyZh.body().get("errors").get(0).get("message").asString())
                .startsWith("请说明要删除谁的数据");

        var noReason = Api.postJson(baseUrl(), store.apiKey(), PATH, "{\"roNumber\": \"RO-1\"}", "en");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body().get("errors").get(0).get("field").asString()).isEqualTo("reason");

        var notJson = Api.postJson(baseUrl(), store.apiKey(), PATH, "[1, 2", "en");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.body().get("errors").get(0).get("message").asString())
                .contains(PATH);

        var noKey = Api.postJson(baseUrl(), "wrong-key", PATH, "{\"roNumber\": \"RO-1\", \"reason\": \"x\"}", "en");
        assertThat(noKey.status()).isEqualTo(401);
    }

    @Test
    void the_call_is_in_the_api_description() throws Exception {
        var response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(baseUrl() + "/v3/api-docs"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.body()).contains(PATH, "Erase an owner's personal data in this store");
    }

    private UUID visit(TestStores.TestStore store, String ro, String email, String mobile) {
        var created = Api.postVisit(
                baseUrl(),
                store.apiKey(),
                Api.visitJson(ro, email, store.advisorCode(), "zh-CN").replace("138 0013 8000", mobile),
                "en");
        assertThat(created.status()).isEqualTo(201);
        var id = UUID.fromString(created.body().get("id").asString());
        // the invitation is made by a listener of the delivery: erased once it is there
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() ->
                        jdbc.queryForObject("select count(*) from invitation where visit_id = ?", Integer.class, id)
                                == 1);
        return id;
    }

    private String ownerName(UUID visitId) {
        return jdbc.queryForObject("select owner_name from visit where id = ?", String.class, visitId);
    }
}
