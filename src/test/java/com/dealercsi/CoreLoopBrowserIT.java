package com.dealercsi;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealercsi.support.Api;
import com.dealercsi.support.IntegrationTest;
import com.dealercsi.support.Mails;
import com.dealercsi.support.PhoneBrowser;
import com.dealercsi.support.TestMailServer;
import com.dealercsi.support.TestStores;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The walking skeleton end to end, as an owner and a manager would live it: the DMS reports a delivered car,
 * the owner gets the mail and answers on a phone with low scores, the managers get the alert with the right
 * scores and open the answer in the back office.
 */
class CoreLoopBrowserIT extends IntegrationTest {

    private static final String[] FACTOR_STEPS = {"SI", "SA", "SQ", "SF", "VP"};

    @Autowired
    TestStores stores;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void delivered_visit_to_mailed_link_to_phone_survey_to_alert_mail_to_back_office() throws Exception {
        var store = stores.create();
        var owner = "phone-" + store.code() + "@example.com";
        var created = Api.postVisit(
                baseUrl(), store.apiKey(), Api.visitJson("RO-E2E", owner, store.advisorCode(), "zh-CN"), "en");
        assertThat(created.status()).isEqualTo(201);
        var link = Mails.surveyLink(
                TestMailServer.awaitMails(owner, 1, Duration.ofSeconds(20)).getFirst());

        try (var phone = new PhoneBrowser("zh-CN")) {
            phone.open(link);
            phone.await("#rating-SI1");
            assertThat(phone.currentUrl())
                    .as("the token leaves the address bar")
                    .isEqualTo(baseUrl() + "/survey");
            assertThat(phone.bodyText()).contains("王先生，您好", "服务启动", "第 1 步，共 8 步");
            // the radio group is named by its question, which is what a screen reader announces
            assertThat(accessibleName(phone, "#rating-SI1")).isEqualTo("预约或联系服务的便利程度");
            assertThat(phone.all("#rating-SI1 input[type=radio]")).hasSize(11);
            phone.screenshot("survey-1-service-initiation-zh");

            phone.click("#next");
            phone.awaitText("#rating-SI1", "请选择一个分数");

            for (var factor : FACTOR_STEPS) {
                phone.await("#rating-" + factor + "1");
                for (int item = 1; item <= 3; item++) {
                    tapScore(phone, "#rating-" + factor + item, 2);
                }
                phone.click("#next");
            }
            phone.await("#rating-OS");
            tapScore(phone, "#rating-OS", 3);
            tapScore(phone, "#rating-NPS", 1 + 1); // 0–10: the second tile is 1
            phone.screenshot("survey-6-overall-zh");
            phone.click("#next");

            phone.await("#comment textarea").sendKeys("等了三个小时，<b>要投诉</b>");
            phone.click("#consent vaadin-radio-button:nth-of-type(1) > label");
            phone.screenshot("survey-7-comment-zh");
            phone.click("#next");
            phone.awaitText(".survey-review", "等了三个小时");
            assertThat(phone.bodyText()).contains("确认您的回答", "预约或联系服务的便利程度", "同意，可以联系我");
            phone.screenshot("survey-8-review-zh");
            // a double tap on Send stores one answer
            new org.openqa.selenium.interactions.Actions(phone.driver())
                    .doubleClick(phone.await("#submit"))
                    .perform();
            phone.awaitText(".survey-notice", "感谢您的反馈");
            assertThat(phone.bodyText()).contains("售后经理已收到通知");
            phone.screenshot("survey-9-thanks-zh");

            phone.open(link);
            phone.awaitText(".survey-notice", "您已完成本次问卷");
            phone.screenshot("survey-10-already-answered-zh");

            // an unknown link knows no owner: it speaks the phone's language
            phone.open(baseUrl() + "/survey/not-a-real-token-at-all");
            phone.awaitText(".survey-notice", "未找到该问卷");
            phone.screenshot("survey-11-not-found-zh");
        }

        assertThat(jdbc.queryForObject(
                        "select count(*) from survey_response where store_id = ?",
                        Integer.class,
                        store.store().id()))
                .isEqualTo(1);
        var alert = TestMailServer.awaitMails(store.csManagerEmail(), 1, Duration.ofSeconds(20))
                .getFirst();
        var managerAlerts = TestMailServer.awaitMails(store.managerEmail(), 1, Duration.ofSeconds(20));
        assertThat(managerAlerts).hasSize(1);
        var text = Mails.text(alert);
        assertThat(text)
                .contains(
                        "Red alert",
                        "王先生",
                        "13800138000",
                        "途观L · 沪A88888",
                        "RO-E2E",
                        "顾问 " + store.code(),
                        "CSI: 200",
                        "Service initiation: 200",
                        "Service advisor: 200",
                        "Service quality: 200",
                        "Service facility: 200",
                        "Vehicle pick-up: 200",
                        "Overall satisfaction (1–10): 3",
                        "NPS (0–10): 1",
                        "等了三个小时，<b>要投诉</b>");
        assertThat(Mails.html(alert)).contains("&lt;b&gt;要投诉&lt;/b&gt;").doesNotContain("<b>要投诉</b>");

        var responseLink = text.lines()
                .filter(line -> line.contains("/responses/"))
                .findFirst()
                .orElseThrow();
        var url = responseLink.substring(responseLink.indexOf("http"));
        try (var manager = new PhoneBrowser("zh-CN")) {
            manager.openMail(Mails.html(managerAlerts.getFirst()));
            manager.screenshot("alert-mail-zh");
        }
        try (var manager = new PhoneBrowser("en-US")) {
            manager.openMail(Mails.html(alert));
            manager.screenshot("alert-mail-en");
            manager.open(baseUrl() + "/survey/not-a-real-token-at-all");
            manager.awaitText(".survey-notice", "We could not find this survey");
            manager.screenshot("survey-11-not-found-en");

            manager.open(url);
            manager.await("vaadin-login-form");
            manager.await("input[name='username']").sendKeys(store.csManagerEmail());
            manager.await("input[name='password']").sendKeys("secret", Keys.ENTER);
            manager.awaitText("main", "Red alert");
            assertThat(manager.bodyText())
                    .contains("RO-E2E", "CSI", "200", "Overall satisfaction 3 of 10 (≤ 6)", "等了三个小时，<b>要投诉</b>");
            manager.screenshot("backoffice-response-en");
        }
    }

    /** Taps a tile and waits until the server took it, as a thumb would wait for the tile to light up. */
    private static void tapScore(PhoneBrowser phone, String group, int position) {
        phone.click(group + " vaadin-radio-button:nth-of-type(" + position + ") > label");
        phone.await(group + ":not([invalid]) vaadin-radio-button:nth-of-type(" + position + ")[checked]");
    }

    private static String accessibleName(PhoneBrowser phone, String css) {
        return (String) phone.script("""
                const group = document.querySelector(arguments[0]);
                const ids = (group.getAttribute('aria-labelledby') || '').split(' ').filter(Boolean);
                return ids.map(id => document.getElementById(id)).filter(Boolean)
                    .map(e => e.textContent.trim()).filter(Boolean)[0] || null;
                """, css);
    }
}
