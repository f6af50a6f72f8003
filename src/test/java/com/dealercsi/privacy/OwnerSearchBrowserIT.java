package com.dealercsi.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealercsi.privacy.PrivacyFixtures.Owner;
import com.dealercsi.recovery.RecoveryFixtures;
import com.dealercsi.support.IntegrationTest;
import com.dealercsi.support.PhoneBrowser;
import com.dealercsi.support.TestStores;
import com.dealercsi.survey.Questionnaires;
import com.dealercsi.survey.Surveys;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A customer-service manager on a phone finds an owner, gets the owner's copy of their data, and is asked twice
 * before an erasure. The erasure itself is {@link OwnerErasureBrowserIT}.
 */
class OwnerSearchBrowserIT extends IntegrationTest {

    static final String HOSTILE_COMMENT = "<img src=x onerror=\"document.title='owned'\"> 太慢了";

    @Autowired
    TestStores stores;

    @Autowired
    PrivacyFixtures fixtures;

    @Autowired
    Surveys surveys;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_manager_finds_an_owner_by_mobile_and_downloads_their_copy_in_their_language() {
        var store = stores.create();
        var owner = Owner.unique();
        PrivacyFixtures.visit(baseUrl(), store, owner, "RO-P1", "en");
        PrivacyFixtures.visit(baseUrl(), store, owner, "RO-P2", "en");
        surveys.submit(
                PrivacyFixtures.surveyToken(owner),
                Questionnaires.STANDARD_VERSION,
                RecoveryFixtures.answers(4, 3, 2, HOSTILE_COMMENT, true));

        try (var phone = new PhoneBrowser("en")) {
            signIn(phone, store.csManagerEmail());
            phone.tap("#owner-search");
            phone.awaitText("#owner-query-problem", "Fill in at least one of mobile, e-mail, plate");
            phone.screenshot("owner-search-empty-en");

            phone.await("#owner-mobile input").sendKeys(owner.mobile(), Keys.ENTER);
            phone.awaitText("#owner-summary", "Found 2 visits");
            assertThat(phone.all(".owner-visit")).hasSize(2);
            assertThat(phone.bodyText()).contains(owner.name(), owner.email(), owner.plate(), "RO-P1", "RO-P2");
            // the owner's comment is shown as they wrote it, and nothing in it runs
            Awaitility.await()
                    .atMost(Duration.ofSeconds(10))
                    .until(() -> phone.bodyText().contains(HOSTILE_COMMENT));
            assertThat(phone.all(".owner-visit img")).isEmpty();
            assertThat(phone.driver().getTitle()).isNotEqualTo("owned");
            assertThat(phone.bodyText()).doesNotContain("privacy.", "MAINTENANCE");
            phone.screenshot("owner-search-results-en");
            phone.script("document.querySelectorAll('.owner-visit')[1].scrollIntoView()");
            phone.screenshot("owner-search-answer-en");

            var page = download(phone, "#owner-file-html");
            assertThat(page)
                    .contains(
                            "<html lang=\"en\">",
                            "Your personal data",
                            owner.name(),
                            store.store().name())
                    .contains("&lt;img src=x onerror=&quot;document.title=&#39;owned&#39;&quot;&gt; 太慢了")
                    .doesNotContain("<img")
                    // every code in words, every sentence complete (the second visit's invitation was skipped)
                    .contains("had been invited a short time before")
                    .doesNotContain("privacy.", "{0}", "RECENTLY_INVITED");
            var json = download(phone, "#owner-file-json");
            assertThat(json).contains("\"language\" : \"en\"", owner.email(), "onerror");
            // the page as the owner opens it, outside the app
            phone.openMail(page);
            phone.await("h1");
            assertThat(phone.driver().getTitle()).isEqualTo("Your personal data");
            phone.screenshot("owner-access-file-en");
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where store_id = ? and subject = 'audit.subject.accessFile'",
                        Integer.class,
                        store.store().id().toString()))
                .isEqualTo(2);
    }

    @Test
    void erasing_asks_for_a_reason_and_a_second_confirmation_in_chinese() {
        var store = stores.create();
        var owner = Owner.unique();
        PrivacyFixtures.visit(baseUrl(), store, owner, "RO-Q1", "zh-CN");
        var manager = fixtures.chineseCsManager(store);

        try (var phone = new PhoneBrowser("zh-CN")) {
            signIn(phone, manager);
            phone.await("#owner-plate input").sendKeys(owner.plate(), Keys.ENTER);
            phone.awaitText("#owner-summary", "找到 1 次到店");
            phone.screenshot("owner-search-results-zh");

            phone.tap("#owner-erase");
            phone.await("#erase-reason");
            phone.screenshot("owner-erase-dialog-zh");
            phone.tap("#erase-confirm");
            Awaitility.await()
                    .atMost(Duration.ofSeconds(10))
                    .until(() -> "请说明删除该车主信息的原因，例如“车主致电要求”。"
                            .equals(phone.script("const f = document.querySelector('#erase-reason');"
                                    + " return f.invalid ? f.errorMessage : null;")));
            phone.screenshot("owner-erase-reason-required-zh");

            phone.find("#erase-reason textarea").sendKeys("车主致电要求删除");
            phone.tap("#erase-confirm");
            Awaitility.await()
                    .atMost(Duration.ofSeconds(10))
                    .until(() -> "请勾选此项，确认删除后数据无法恢复。"
                            .equals(phone.script("const f = document.querySelector('#erase-understand');"
                                    + " return f.invalid ? f.errorMessage : null;")));
            assertThat(phone.find("#erase-reason textarea").getDomProperty("value"))
                    .isEqualTo("车主致电要求删除");

            phone.tap("#erase-cancel");
            phone.awaitGone("#erase-reason");
        }
        // asked, never confirmed: everything is still there
        assertThat(jdbc.queryForObject(
                        "select owner_name from visit where store_id = ? and ro_number = 'RO-Q1'",
                        String.class,
                        store.store().id().toString()))
                .isEqualTo(owner.name());
    }

    static void signIn(PhoneBrowser phone, String email) {
        phone.open(baseUrl() + "/owners");
        phone.await("vaadin-login-form");
        phone.await("input[name='username']").sendKeys(email);
        phone.await("input[name='password']").sendKeys("secret", Keys.ENTER);
        phone.await("#owner-search");
    }

    /** Fetches a download link's file in the signed-in page, as the browser would save it. */
    static String download(PhoneBrowser phone, String link) {
        phone.script("document.querySelector(arguments[0]).scrollIntoView({block: 'center'})", link);
        var href = phone.await(link).getDomAttribute("href");
        assertThat(href).isNotBlank();
        return (String) phone.driver()
                .executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + " fetch(arguments[0]).then(r => r.text()).then(done, e => done('failed: ' + e));",
                        href);
    }
}
