package com.dealercsi.survey;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealercsi.shared.Hashing;
import com.dealercsi.support.Api;
import com.dealercsi.support.IntegrationTest;
import com.dealercsi.support.Mails;
import com.dealercsi.support.TestMailServer;
import com.dealercsi.support.TestStores;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SurveyLinkIT extends IntegrationTest {

    @Autowired
    TestStores stores;

    @Autowired
    Surveys surveys;

    @Test
    void a_link_is_exchanged_for_a_session_and_the_page_is_neither_cached_nor_referred() throws Exception {
        var token = invite();
        var browser = browser();

        var exchange = browser.send(get(baseUrl() + "/survey/" + token), HttpResponse.BodyHandlers.ofString());
        var page = browser.send(get(baseUrl() + "/survey"), HttpResponse.BodyHandlers.ofString());

        assertThat(exchange.statusCode()).isEqualTo(303);
        assertThat(exchange.headers().firstValue("Location")).hasValue("/survey");
        assertThat(exchange.headers().firstValue("Set-Cookie"))
                .hasValueSatisfying(c -> assertThat(c).contains("JSESSIONID"));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).doesNotContain(token);
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(page.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(v -> assertThat(v).contains("no-store"));
    }

    @Test
    void back_office_pages_carry_the_security_headers_too() throws Exception {
        var login = browser().send(get(baseUrl() + "/login"), HttpResponse.BodyHandlers.ofString());

        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(login.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(login.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(v -> assertThat(v).contains("no-store"));
    }

    @Test
    void known_unknown_and_used_links_answer_alike() throws Exception {
        var used = invite();
        surveys.submit(used, Questionnaires.STANDARD_VERSION, SurveySubmissionIT.answers(8, 8, 8, null, false));
        var open = invite();

        for (var token : new String[] {open, used, "x" + Hashing.randomToken(32)}) {
            var response = browser().send(get(baseUrl() + "/survey/" + token), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(token).isEqualTo(303);
            assertThat(response.headers().firstValue("Location")).as(token).hasValue("/survey");
            assertThat(response.body()).as(token).isEmpty();
        }
    }

    @Test
    void a_client_guessing_links_is_stopped_and_others_are_not() throws Exception {
        var token = invite();
        // the guesser calls from another loopback address than the rest of the tests
        var guesser = HttpClient.newBuilder()
                .localAddress(InetAddress.getByName("127.0.0.2"))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        for (int i = 0; i < 20; i++) {
            var response = guesser.send(get(baseUrl() + "/survey/guess" + i), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(303);
        }

        var blocked = guesser.send(get(baseUrl() + "/survey/" + token), HttpResponse.BodyHandlers.ofString());
        var someoneElse = browser().send(get(baseUrl() + "/survey/" + token), HttpResponse.BodyHandlers.ofString());

        assertThat(blocked.statusCode()).isEqualTo(429);
        assertThat(someoneElse.statusCode()).isEqualTo(303);
    }

    @Test
    void a_hundred_thousand_random_guesses_find_nothing() {
        invite();
        long found = IntStream.range(0, 100_000)
                .parallel()
                .filter(i -> surveys.linkExists(Hashing.randomToken(32)))
                .count();
        assertThat(found).isZero();
    }

    private String invite() {
        var store = stores.create();
        var email = "link-" + store.code() + "@example.com";
        Api.postVisit(baseUrl(), store.apiKey(), Api.visitJson("RO-L", email, store.advisorCode(), "en"), "en");
        var link = Mails.surveyLink(
                TestMailServer.awaitMails(email, 1, Duration.ofSeconds(20)).getFirst());
        return link.substring(link.lastIndexOf('/') + 1);
    }

    private static HttpClient browser() {
        return HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    private static HttpRequest get(String url) {
        return HttpRequest.newBuilder(URI.create(url))
                .header("Accept", "text/html")
                .GET()
                .build();
    }
}
