package com.dealercsi.digest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealercsi.recovery.RecoveryFixtures;
import com.dealercsi.support.IntegrationTest;
import com.dealercsi.support.Mails;
import com.dealercsi.support.PhoneBrowser;
import com.dealercsi.support.SignedIn;
import com.dealercsi.support.TestMailServer;
import com.dealercsi.targets.Metric;
import com.dealercsi.targets.Targets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A manager turns their Monday digest off on their account page and on again, on a phone and at a desk. */
class DigestBrowserIT extends IntegrationTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    RecoveryFixtures fixtures;

    @Autowired
    DigestQueue queue;

    @Autowired
    Targets targets;

    @Autowired
    SignedIn signedIn;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_manager_turns_the_digest_off_and_on_again_on_a_phone_in_chinese() {
        var store = fixtures.storeWithGeneralManager();
        var manager = store.managerEmail();
        try (var phone = new PhoneBrowser("zh-CN")) {
            logIn(phone, manager);
            phone.await("#account-digest");
            assertThat(checked(phone)).as("on unless turned off").isTrue();
            assertThat(phone.find(".account-digest").getText()).contains("每周摘要邮件", "每周一上午发送");
            var size = phone.find("#account-digest").getRect();
            assertThat(size.getHeight()).as("a thumb's height").isGreaterThanOrEqualTo(44);
            phone.screenshot("digest-1-account-on-phone-zh");

            phone.tap("#account-digest > label");
            phone.awaitText("#account-digest-status", "每周摘要已关闭。");
            assertThat(subscribed(manager)).isFalse();
            phone.screenshot("digest-2-account-off-phone-zh");

            phone.open(baseUrl() + "/account");
            phone.await("#account-digest");
            assertThat(checked(phone)).as("kept after reloading the page").isFalse();
            phone.tap("#account-digest > label");
            phone.awaitText("#account-digest-status", "每周摘要已开启。");
            assertThat(subscribed(manager)).isTrue();
        }
    }

    @Test
    void a_general_manager_at_a_desk_gets_no_digest_while_it_is_off_and_one_once_it_is_back_on() {
        var store = fixtures.storeWithGeneralManager();
        var gm = RecoveryFixtures.gmEmail(store);
        var year = LocalDate.now(SHANGHAI).getYear();
        for (var y : new int[] {year, year + 1}) {
            signedIn.run(gm, () -> targets.set(store.store().id(), y, null, Map.of(Metric.CSI, 900.0)));
        }
        var monday = LocalDate.now(SHANGHAI)
                .with(TemporalAdjusters.next(DayOfWeek.MONDAY))
                .atTime(8, 50)
                .atZone(SHANGHAI)
                .toInstant();
        try (var desk = PhoneBrowser.desktop("en-US")) {
            logIn(desk, gm);
            desk.await("#account-digest");
            desk.tap("#account-digest > label");
            desk.awaitText("#account-digest-status", "The weekly digest is off.");
            desk.screenshot("digest-3-account-off-desktop-en");

            clock.set(monday);
            queue.queueDue();
            assertThat(claims(gm)).as("nothing queued while off").isZero();

            desk.tap("#account-digest > label");
            desk.awaitText("#account-digest-status", "The weekly digest is on.");
            queue.queueDue();
            queue.queueDue();
        }

        var mail = TestMailServer.awaitMails(gm, 1, Duration.ofSeconds(30)).getFirst();
        assertThat(Mails.subject(mail)).startsWith("Weekly digest");
        Awaitility.await()
                .during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(5))
                .until(() -> TestMailServer.receivedBy(gm).size() == 1);
        assertThat(claims(gm)).isEqualTo(1);
    }

    private void logIn(PhoneBrowser browser, String email) {
        browser.open(baseUrl() + "/account");
        browser.await("input[name='username']").sendKeys(email);
        browser.await("input[name='password']").sendKeys("secret", Keys.ENTER);
    }

    private static boolean checked(PhoneBrowser browser) {
        return Boolean.TRUE.equals(browser.script("return document.querySelector('#account-digest').checked"));
    }

    private boolean subscribed(String email) {
        var choices = jdbc.queryForList(
                "select d.subscribed from digest_subscription d join staff_member s on s.id = d.staff_id"
                        + " where s.email = ?",
                Boolean.class,
                email);
        return choices.isEmpty() || choices.getFirst();
    }

    private int claims(String email) {
        var count = jdbc.queryForObject(
                "select count(*) from digest_week w join staff_member s on s.id = w.staff_id where s.email = ?",
                Integer.class,
                email);
        return count == null ? 0 : count;
    }
}
