package com.dealercsi.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealercsi.alerting.AlertLevel;
import com.dealercsi.alerting.AlertRaised;
import com.dealercsi.alerting.AlertRule;
import com.dealercsi.alerting.FiredRule;
import com.dealercsi.recovery.internal.FollowUpQueue;
import com.dealercsi.support.Axe;
import com.dealercsi.support.IntegrationTest;
import com.dealercsi.support.Mails;
import com.dealercsi.support.PhoneBrowser;
import com.dealercsi.support.SignedIn;
import com.dealercsi.support.TestCauses;
import com.dealercsi.support.TestMailServer;
import com.dealercsi.support.TestStores;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The follow-up survey on a phone: the owner taps "No" in the mail, answers the page (switching language on the
 * way), and the customer-service manager finds the answer on the case. The staff side closes a case with the
 * follow-up option, which is on by default.
 */
class FollowUpBrowserIT extends IntegrationTest {

    private static final Pattern FOLLOW_UP_LINK = Pattern.compile("https?://[^\\s\"<]+/follow-up/[A-Za-z0-9_-]+");
    private static final Pattern NO_LINK = Pattern.compile("https?://[^\\s\"<]+/follow-up/[A-Za-z0-9_-]+\\?answer=NO");

    @Autowired
    TestCauses testCauses;

    @Autowired
    RecoveryFixtures fixtures;

    @Autowired
    RecoveryCases desk;

    @Autowired
    FollowUpQueue queue;

    @Autowired
    SignedIn signedIn;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void the_owner_answers_the_follow_up_on_a_phone_and_the_manager_sees_it_on_the_case() {
        var store = fixtures.storeWithGeneralManager();
        var t0 = start();
        var caseId = openCase(store, "RO-FUB1");
        work(store, caseId);
        signedIn.run(
                store.csManagerEmail(),
                () -> desk.close(
                        caseId,
                        FollowUpOutcome.SATISFIED,
                        "Called back: brakes fine now",
                        List.of(testCauses.id("SQ.FIXED_FIRST_TIME")),
                        true));
        clock.set(t0.plus(Duration.ofDays(10)));
        queue.queueDue();
        var mail = followUpMail(owner(store, "RO-FUB1"));
        var matcher = NO_LINK.matcher(Mails.html(mail));
        assertThat(matcher.find()).as("a one-tap \"No\" link in the mail").isTrue();
        var noLink = matcher.group();

        try (var phone = new PhoneBrowser("zh-CN")) {
            phone.open(noLink);
            phone.awaitText("h1", "两个简短的问题");
            assertThat(phone.bodyText()).contains("我们把问题解决好了吗");
            // the token is gone from the address bar; the "No" tapped in the mail is already chosen
            assertThat(phone.currentUrl()).isEqualTo(baseUrl() + "/follow-up");
            phone.await("#follow-up-made-right vaadin-radio-button:nth-of-type(3)[checked]");
            assertThat(phone.bodyText()).contains(store.store().name(), "王先生");
            assertThat(Axe.violations(phone.driver())).as("follow-up page").isEmpty();
            phone.screenshot("follow-up-1-page-zh");
            assertTouchTargets(phone);

            phone.tap("#follow-up-send");
            phone.awaitText("#rating-follow-up-satisfaction", "请选择1到10之间的分数");
            assertThat(Axe.violations(phone.driver())).as("page with a problem").isEmpty();

            phone.click(".language-switch");
            phone.awaitText("h1", "Two quick questions");
            assertThat(phone.bodyText()).contains("Did we make it right?");
            assertThat(phone.script("return document.documentElement.lang")).isEqualTo("en");
            phone.await("#follow-up-made-right vaadin-radio-button:nth-of-type(3)[checked]");
            tap(phone, "#rating-follow-up-satisfaction", 4);
            phone.await("#follow-up-comment textarea").sendKeys("Still rattles at 80 km/h");
            phone.script("document.querySelector('#follow-up-send').scrollIntoView({block: 'center'})");
            phone.screenshot("follow-up-2-page-en");
            // a double tap, both taps before the server answers: the second must not store a second answer
            phone.tap("h1"); // leaves the comment field, as the thumb on the button would
            phone.script("const b = document.querySelector('#follow-up-send'); b.click(); b.click();");
            phone.awaitText("#follow-up-thanks", "Thank you");
            assertThat(phone.bodyText()).contains("customer-service manager");
            Awaitility.await()
                    .atMost(Duration.ofSeconds(5))
                    .until(() -> "follow-up-thanks".equals(phone.script("return document.activeElement.id")));
            assertThat(Axe.violations(phone.driver())).as("thank-you page").isEmpty();
            phone.screenshot("follow-up-3-thanks-en");

            phone.open(noLink);
            phone.awaitText("#follow-up-unavailable", "This link can no longer be used");
            assertThat(Axe.violations(phone.driver())).as("used link").isEmpty();
            var used = phone.bodyText();
            phone.open(baseUrl() + "/follow-up/no-such-link");
            phone.await("#follow-up-unavailable");
            assertThat(phone.bodyText())
                    .as("the same page for a used and an unknown link")
                    .isEqualTo(used);
            phone.screenshot("follow-up-4-unavailable-en");
        }
        assertThat(jdbc.queryForMap(
                        "select made_right, satisfaction, answer_comment from recovery_follow_up "
                                + "where case_id = ?",
                        caseId))
                .containsEntry("made_right", "NO")
                .containsEntry("satisfaction", 4)
                .containsEntry("answer_comment", "Still rattles at 80 km/h");
        assertThat(jdbc.queryForObject(
                        "select count(*) from recovery_case_audit where case_id = ? and action = ?",
                        Integer.class,
                        caseId,
                        "FOLLOW_UP_ANSWERED"))
                .isEqualTo(1);

        try (var phone = new PhoneBrowser("en-US")) {
            signIn(phone, store);
            phone.awaitText("#cases", "Follow-up: not right");
            phone.open(baseUrl() + "/cases/" + caseId);
            phone.await("#case-follow-up");
            assertThat(phone.bodyText())
                    .contains(
                            "Follow-up survey",
                            "Follow-up: not right",
                            "The owner says it is not right yet",
                            "4 of 10",
                            "Still rattles at 80 km/h");
            phone.script("document.querySelector('#case-follow-up').scrollIntoView({block: 'center'})");
            phone.screenshot("follow-up-5-case-en");
        }
    }

    @Test
    void closing_a_case_on_a_phone_schedules_the_follow_up_by_default() {
        var store = fixtures.storeWithGeneralManager();
        start();
        var caseId = openCase(store, "RO-FUB2");
        work(store, caseId);

        try (var phone = new PhoneBrowser("en-US")) {
            signIn(phone, store);
            phone.open(baseUrl() + "/cases/" + caseId);
            phone.await("#close-follow-up[checked]");
            assertThat(phone.bodyText()).contains("Send the owner a follow-up survey in 10 days");
            phone.tap("#close-outcome vaadin-radio-button:nth-of-type(1) > label");
            phone.await("#close-note textarea").sendKeys("Called back: fine now");
            phone.tap("#close-causes-SQ vaadin-checkbox:nth-of-type(1) > label");
            phone.script("document.querySelector('#close-follow-up').scrollIntoView({block: 'center'})");
            phone.screenshot("follow-up-0-close-en");
            phone.tap("#close-case");
            phone.awaitText("#case-status", "Closed");
            phone.awaitText("#case-follow-up", "To be e-mailed to the owner on");
            assertThat(phone.bodyText()).contains("Follow-up survey scheduled");
        }
        assertThat(jdbc.queryForObject("select status from recovery_follow_up where case_id = ?", String.class, caseId))
                .isEqualTo("SCHEDULED");
    }

    @Test
    void the_follow_up_can_be_answered_with_the_keyboard_alone() {
        var store = fixtures.storeWithGeneralManager();
        var t0 = start();
        var caseId = openCase(store, "RO-FUB3");
        work(store, caseId);
        signedIn.run(
                store.csManagerEmail(),
                () -> desk.close(
                        caseId,
                        FollowUpOutcome.SATISFIED,
                        "Called back",
                        List.of(testCauses.id("SQ.FIXED_FIRST_TIME")),
                        true));
        clock.set(t0.plus(Duration.ofDays(10)));
        queue.queueDue();
        var link = FOLLOW_UP_LINK.matcher(Mails.text(followUpMail(owner(store, "RO-FUB3"))));
        assertThat(link.find()).isTrue();

        try (var desktop = new PhoneBrowser("zh-CN")) {
            desktop.open(link.group());
            desktop.await("#follow-up-made-right");
            var keys = new Actions(desktop.driver());
            // Tab from the top: the language switch, then into the first question
            for (int i = 0; i < 6 && !focusedIn(desktop, "#follow-up-made-right"); i++) {
                keys.sendKeys(Keys.TAB).perform();
            }
            keys.sendKeys(Keys.SPACE, Keys.ARROW_RIGHT).perform(); // yes, then partly
            keys.sendKeys(Keys.TAB).perform();
            assertThat(focusedIn(desktop, "#rating-follow-up-satisfaction")).isTrue();
            keys.sendKeys(Keys.SPACE).perform();
            for (int i = 0; i < 6; i++) {
                keys.sendKeys(Keys.ARROW_RIGHT).perform(); // 1 → 7
            }
            keys.sendKeys(Keys.TAB).perform();
            keys.sendKeys("Typed without a mouse").perform();
            keys.sendKeys(Keys.TAB).perform();
            assertThat(desktop.script("return document.activeElement.id")).isEqualTo("follow-up-send");
            keys.sendKeys(Keys.ENTER).perform();
            desktop.awaitText("#follow-up-thanks", "谢谢您"); // the page opens in the owner's language
        }
        assertThat(jdbc.queryForMap(
                        "select made_right, satisfaction, answer_comment from recovery_follow_up "
                                + "where case_id = ?",
                        caseId))
                .containsEntry("made_right", "PARTLY")
                .containsEntry("satisfaction", 7)
                .containsEntry("answer_comment", "Typed without a mouse");
    }

    private static boolean focusedIn(PhoneBrowser browser, String css) {
        return Boolean.TRUE.equals(browser.script(
                "return !!document.activeElement && !!document.activeElement.closest(arguments[0])", css));
    }

    /** Every tile, button and the language switch is at least 44 px high and wide enough for a thumb. */
    private static void assertTouchTargets(PhoneBrowser phone) {
        @SuppressWarnings("unchecked")
        var small = (List<String>) phone.script("""
                return [...document.querySelectorAll('vaadin-radio-button, vaadin-button')]
                  .map(e => [e.id || e.textContent.trim(), e.getBoundingClientRect()])
                  .filter(([n, r]) => r.height < 44 || r.width < 44)
                  .map(([n, r]) => n + ' ' + Math.round(r.width) + 'x' + Math.round(r.height));""");
        assertThat(small).as("touch targets under 44 px").isEmpty();
    }

    private static void signIn(PhoneBrowser phone, TestStores.TestStore store) {
        phone.open(baseUrl() + "/cases");
        phone.await("vaadin-login-form");
        phone.await("input[name='username']").sendKeys(store.csManagerEmail());
        phone.await("input[name='password']").sendKeys("secret", Keys.ENTER);
        phone.await("#cases");
    }

    private static void tap(PhoneBrowser phone, String group, int position) {
        phone.click(group + " vaadin-radio-button:nth-of-type(" + position + ") > label");
        phone.await(group + " vaadin-radio-button:nth-of-type(" + position + ")[checked]");
    }

    private void work(TestStores.TestStore store, UUID caseId) {
        signedIn.run(store.csManagerEmail(), () -> {
            desk.acknowledge(caseId);
            desk.recordStep(caseId, RecoveryStep.APOLOGY, "Apologised", null, null, null);
            desk.recordStep(caseId, RecoveryStep.FIX, "Brakes re-checked", null, null, null);
        });
    }

    private static String owner(TestStores.TestStore store, String ro) {
        return "owner-" + ro + "-" + store.code() + "@example.com";
    }

    private static MimeMessage followUpMail(String owner) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> TestMailServer.receivedBy(owner).stream()
                        .anyMatch(mail -> Mails.subject(mail).contains("问题解决了吗")));
        return TestMailServer.receivedBy(owner).stream()
                .filter(mail -> Mails.subject(mail).contains("问题解决了吗"))
                .findFirst()
                .orElseThrow();
    }

    private Instant start() {
        var t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        clock.set(t0);
        return t0;
    }

    /** An amber alert, as the alerting module raises it; the outbox hands it to the case opening. */
    private UUID openCase(TestStores.TestStore store, String ro) {
        var alert = new AlertRaised(
                UUID.randomUUID(),
                UUID.randomUUID(),
                RecoveryFixtures.visit(baseUrl(), store, ro),
                store.store().id(),
                AlertLevel.AMBER,
                List.of(new FiredRule(AlertRule.LOW_NPS, AlertLevel.AMBER, "NPS 3")));
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> events.publishEvent(alert));
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> jdbc.queryForObject(
                                "select count(*) from recovery_case where alert_id = ?", Integer.class, alert.alertId())
                        == 1);
        return jdbc.queryForObject("select id from recovery_case where alert_id = ?", UUID.class, alert.alertId());
    }
}
