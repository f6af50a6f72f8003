package com.dealercsi.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealercsi.recovery.RecoveryFixtures;
import com.dealercsi.support.Api;
import com.dealercsi.support.IntegrationTest;
import com.dealercsi.support.Mails;
import com.dealercsi.support.PhoneBrowser;
import com.dealercsi.support.TestMailServer;
import com.dealercsi.support.TestStores;
import com.dealercsi.survey.Questionnaires;
import com.dealercsi.survey.Surveys;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The first response of a page carries the view's state as JSON inside a {@code <script>}
 * (eagerServerLoad). An owner's words must reach that HTML only escaped, or a {@code </script>} in a comment
 * ends Vaadin's script and the rest runs as HTML in every staff member's browser.
 */
class InlineStateIT extends IntegrationTest {

    static final String NAME = "<img src=x onerror=\"window.__pwned=1\">";
    static final String COMMENT = "</script><script>window.__pwned=2</script>";

    @Autowired
    TestStores stores;

    @Autowired
    Surveys surveys;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void hostile_name_and_comment_reach_the_html_of_dashboard_and_answer_page_only_escaped() {
        var store = stores.create();
        var ro = "RO-" + UUID.randomUUID().toString().substring(0, 8);
        var email = "owner-" + ro.toLowerCase() + "@example.com";
        var json = Api.visitJson(ro, email, store.advisorCode(), "zh-CN").replace("王先生", NAME.replace("\"", "\\\""));
        assertThat(Api.postVisit(baseUrl(), store.apiKey(), json, "en").status())
                .isEqualTo(201);
        var link = Mails.surveyLink(
                TestMailServer.awaitMails(email, 1, Duration.ofSeconds(20)).getFirst());
        var token = link.substring(link.lastIndexOf('/') + 1);
        surveys.submit(token, Questionnaires.STANDARD_VERSION, RecoveryFixtures.answers(9, 9, 9, COMMENT, false));
        var responseId = Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(
                        () -> jdbc.queryForList(
                                "select response_id from report_response where store_id = ? and answered",
                                String.class,
                                store.store().id()),
                        ids -> !ids.isEmpty())
                .getFirst();

        try (var browser = new PhoneBrowser("en-US")) {
            browser.open(baseUrl() + "/login");
            browser.await("input[name='username']").sendKeys(store.csManagerEmail());
            browser.await("input[name='password']").sendKeys("secret", Keys.ENTER);
            browser.await("vaadin-app-layout");

            var dashboard = html(browser, "/dashboard");
            var answer = html(browser, "/responses/" + responseId);
            assertThat(browser.script("return window.__pwned")).isNull();

            // the dashboard lists the comment; the answer page shows the comment and the owner's name
            assertThat(dashboard.contains("\\u003c/script\\u003e\\u003cscript\\u003ewindow.__pwned=2"))
                    .as("the comment, escaped, in the dashboard's state")
                    .isTrue();
            assertThat(answer.contains("\\u003c/script\\u003e\\u003cscript\\u003ewindow.__pwned=2"))
                    .as("the comment, escaped, in the answer page's state")
                    .isTrue();
            assertThat(answer.contains("\\u003cimg src=x onerror="))
                    .as("the name, escaped, on the answer page")
                    .isTrue();
            for (var html : new String[] {dashboard, answer}) {
                assertThat(html.contains("<img src=x"))
                        .as("a raw <img from stored data")
                        .isFalse();
                assertThat(html.contains("<script>window.__pwned"))
                        .as("a raw <script> from stored data")
                        .isFalse();
                assertThat(html.split("(?i)</script", -1).length)
                        .as("every </script closes a script of the page")
                        .isEqualTo(html.split("(?i)<script", -1).length);
            }
        }
    }

    @Test
    void every_page_gets_a_policy_with_a_fresh_nonce_that_its_inline_scripts_carry() {
        try (var browser = new PhoneBrowser("en-US")) {
            browser.open(baseUrl() + "/login");
            browser.await("input[name='username']");
            var first = page(browser, "/login");
            var second = page(browser, "/login");

            for (var page : List.of(first, second)) {
                var nonce = NONCE.matcher(page.get(0))
                        .results()
                        .map(m -> m.group(1))
                        .findFirst()
                        .orElseThrow();
                assertThat(page.get(0))
                        .contains(
                                "script-src 'self' 'nonce-" + nonce + "' 'unsafe-eval'",
                                "object-src 'none'",
                                "base-uri 'self'",
                                "frame-ancestors 'self'",
                                "form-action 'self'")
                        .doesNotContain("unsafe-inline' 'unsafe-eval", "script-src 'self' 'unsafe-inline'");
                var scripts = page.get(1).split("(?i)<script", -1).length - 1;
                assertThat(page.get(1).split("nonce=\"" + java.util.regex.Pattern.quote(nonce) + "\"", -1).length - 1)
                        .as("scripts carrying the nonce")
                        .isEqualTo(scripts);
            }
            assertThat(first.get(0)).isNotEqualTo(second.get(0));
        }
    }

    static final java.util.regex.Pattern NONCE = java.util.regex.Pattern.compile("'nonce-([A-Za-z0-9+/=]+)'");

    /** The page's Content-Security-Policy header and its HTML. */
    @SuppressWarnings("unchecked")
    private static List<String> page(PhoneBrowser browser, String path) {
        return (List<String>) browser.driver().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => r.text().then(t => done([r.headers.get('Content-Security-Policy'), t])));
                """, baseUrl() + path);
    }

    private static String html(PhoneBrowser browser, String path) {
        return (String) browser.driver()
                .executeAsyncScript(
                        "fetch(arguments[0]).then(r => r.text()).then(arguments[arguments.length - 1])",
                        baseUrl() + path);
    }
}
