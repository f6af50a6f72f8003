package com.dealercsi.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealercsi.shared.Language;
import com.dealercsi.support.Api;
import com.dealercsi.support.IntegrationTest;
import com.dealercsi.support.Mails;
import com.dealercsi.support.PhoneBrowser;
import com.dealercsi.support.TestMailServer;
import com.dealercsi.support.TestStores;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** On a phone: the survey links the store's privacy notice, which reads in Chinese and English (ADR 0053). */
class PrivacyNoticeBrowserIT extends IntegrationTest {

    @Autowired
    TestStores stores;

    @Autowired
    PrivacyNotices notices;

    @Test
    void the_survey_links_the_stores_notice_below_its_buttons_and_the_notice_reads_in_both_languages() {
        var store = stores.create();
        var email = "notice-" + store.code() + "@example.com";
        Api.postVisit(baseUrl(), store.apiKey(), Api.visitJson("RO-PNB", email, store.advisorCode(), "zh-CN"), "en");
        var link = Mails.surveyLink(
                TestMailServer.awaitMails(email, 1, Duration.ofSeconds(20)).getFirst());

        try (var phone = new PhoneBrowser("zh-CN")) {
            phone.open(link);
            phone.await("#rating-SI1");
            var footer = phone.find(".privacy-notice-link");
            assertThat(footer.getText()).isEqualTo("隐私声明");
            assertThat(footer.getAttribute("href"))
                    .endsWith("/privacy/" + store.store().id());
            var next = phone.find("#next");
            assertThat(footer.getRect().getY())
                    .as("below the step's buttons, out of the thumb's way")
                    .isGreaterThan(next.getRect().getY() + next.getRect().getHeight());
            assertThat(footer.getRect().getHeight()).isGreaterThanOrEqualTo(44);
            phone.screenshot("privacy-notice-survey-footer-phone-zh");

            phone.tap(".privacy-notice-link");
            phone.await("#privacy-notice-title");
            assertThat(phone.bodyText())
                    .contains(store.store().name() + " 隐私声明", "车架号", "24 个月", "匿名化", "021-5555-0000");
            assertThat(phone.script("return document.documentElement.lang")).isEqualTo("zh-CN");
            phone.screenshot("privacy-notice-phone-zh");

            phone.click(".language-switch");
            phone.awaitText("#privacy-notice-title", "Privacy notice of");
            assertThat(phone.bodyText()).contains("VIN", "24 months", "anonymised", "copy of your data");
            phone.screenshot("privacy-notice-phone-en");
            assertThat(phone.consoleErrors())
                    .as("no blocked script or style on the way")
                    .filteredOn(error -> !error.contains("favicon.ico"))
                    .isEmpty();
        }
    }

    @Test
    void a_stores_own_text_shows_as_written_and_never_as_markup() {
        var store = stores.create();
        TestStores.asAdmin(() -> {
            notices.save(
                    store.store().id(),
                    Language.EN,
                    "We keep <b>little</b>.<img src=x onerror=\"document.title='owned'\">\nSecond line.\n\nCall us.");
            return null;
        });

        try (var phone = new PhoneBrowser("en-US")) {
            phone.open(baseUrl() + "/privacy/" + store.code() + "?lang=en");
            phone.await("#privacy-notice-title");
            assertThat(phone.all(".privacy-notice-text")).hasSize(2);
            assertThat(phone.find(".privacy-notice-text").getText())
                    .isEqualTo("We keep <b>little</b>.<img src=x onerror=\"document.title='owned'\">\nSecond line.");
            assertThat(phone.all(".privacy-notice-content b, .privacy-notice-content img"))
                    .isEmpty();
            assertThat(phone.script("return document.title")).isNotEqualTo("owned");
        }
    }

    @Test
    void an_unknown_store_says_the_notice_was_not_found() {
        try (var phone = new PhoneBrowser("zh-CN")) {
            phone.open(baseUrl() + "/privacy/no-such-store");
            phone.await("#privacy-notice-not-found");
            assertThat(phone.bodyText()).contains("未找到隐私声明", "请检查链接");
            phone.screenshot("privacy-notice-not-found-phone-zh");
        }
    }
}
