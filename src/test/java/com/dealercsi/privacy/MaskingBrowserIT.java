package com.dealercsi.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealercsi.recovery.RecoveryFixtures;
import com.dealercsi.support.IntegrationTest;
import com.dealercsi.support.PhoneBrowser;
import com.dealercsi.survey.Questionnaires;
import com.dealercsi.survey.Surveys;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * On a phone: the case page and the revisit desk show the owner's number masked, "Show number" turns it into the
 * full number to call, and the trail records the reveal (ADR 0052).
 */
class MaskingBrowserIT extends IntegrationTest {

    /** What {@code Api.visitJson} sends as delivery time. */
    private static final Instant DELIVERED = Instant.parse("2026-11-27T02:30:00Z");

    @Autowired
    RecoveryFixtures fixtures;

    @Autowired
    Surveys surveys;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_case_page_shows_the_number_masked_until_show_number_is_tapped_and_the_reveal_is_audited() {
        var store = fixtures.storeWithGeneralManager();
        var token = RecoveryFixtures.invite(baseUrl(), store, "RO-SHOW");
        surveys.submit(token, Questionnaires.STANDARD_VERSION, RecoveryFixtures.answers(2, 2, 1, "等太久了", true));
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> jdbc.queryForObject(
                                "select count(*) from recovery_case where store_id = ?",
                                Integer.class,
                                store.store().id())
                        == 1);
        var row = jdbc.queryForMap(
                "select id, visit_id from recovery_case where store_id = ?",
                store.store().id());
        var caseId = UUID.fromString(row.get("id").toString());
        var visitId = row.get("visit_id").toString();

        try (var phone = new PhoneBrowser("en-US")) {
            signIn(phone, baseUrl() + "/cases/" + caseId, store.csManagerEmail());
            phone.awaitText(".contact-reveal", "138****8000");
            assertThat(phone.bodyText()).doesNotContain("13800138000");
            assertThat(phone.all("a[href^='tel:']")).isEmpty();
            var show = phone.await(".contact-reveal-button");
            assertThat(show.getText()).isEqualTo("Show number");
            // the visible words lead the accessible name (WCAG 2.5.3), the owner's name tells rows apart
            assertThat(show.getAttribute("aria-label")).isEqualTo("Show number of 王先生");
            phone.screenshot("masking-1-case-masked-en");

            phone.tap(".contact-reveal-button");
            var call = phone.await("a.contact-full");
            assertThat(call.getAttribute("href")).isEqualTo("tel:+8613800138000");
            assertThat(call.getText()).isEqualTo("+8613800138000");
            assertThat(phone.all(".contact-reveal-button")).isEmpty();
            phone.screenshot("masking-2-case-revealed-en");
        }

        var details = jdbc.queryForList(
                "select details from audit_entry where action = 'REVEAL' and subject = ?", String.class, visitId);
        assertThat(details).singleElement().asString().contains("privacy.purpose.CASE", "privacy.contact.MOBILE");
    }

    @Test
    void the_revisit_desk_lists_numbers_masked_and_a_specialist_shows_one_to_call_in_chinese() {
        var store = fixtures.storeWithGeneralManager();
        RecoveryFixtures.visit(baseUrl(), store, "RO-CALL");
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> jdbc.queryForObject(
                                "select count(*) from revisit_visit where store_id = ?",
                                Integer.class,
                                store.store().id())
                        == 1);
        clock.set(DELIVERED.plus(Duration.ofDays(4)));

        try (var phone = new PhoneBrowser("zh-CN")) {
            signIn(phone, baseUrl() + "/revisits", RecoveryFixtures.csEmail(store));
            phone.awaitText("#revisits .contact-reveal", "138****8000");
            assertThat(phone.find("#revisits .contact-reveal-button").getText()).isEqualTo("显示号码");
            phone.screenshot("masking-3-desk-masked-zh");
            phone.tap("#revisits .contact-reveal-button");
            assertThat(phone.await("#revisits a.contact-full").getAttribute("href"))
                    .isEqualTo("tel:+8613800138000");
            phone.screenshot("masking-4-desk-revealed-zh");
        }
        try (var phone = new PhoneBrowser("zh-CN")) {
            // the general manager watches the desk but does not make its calls: the number stays masked
            signIn(phone, baseUrl() + "/revisits", RecoveryFixtures.gmEmail(store));
            phone.awaitText("#revisits .contact-reveal", "138****8000");
            assertThat(phone.all("#revisits .contact-reveal-button")).isEmpty();
        }
    }

    private static void signIn(PhoneBrowser phone, String url, String email) {
        phone.open(url);
        phone.await("vaadin-login-form");
        phone.await("input[name='username']").sendKeys(email);
        phone.await("input[name='password']").sendKeys("secret", Keys.ENTER);
    }
}
