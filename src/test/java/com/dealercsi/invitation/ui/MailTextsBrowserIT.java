package com.dealercsi.invitation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealercsi.support.Api;
import com.dealercsi.support.IntegrationTest;
import com.dealercsi.support.Mails;
import com.dealercsi.support.PhoneBrowser;
import com.dealercsi.support.TestMailServer;
import com.dealercsi.support.TestStores;
import java.time.Duration;
import java.time.Instant;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;

/** A store manager words the invitation on a phone, watches the preview follow, saves, and owners get it. */
class MailTextsBrowserIT extends IntegrationTest {

    static final Instant MORNING = Instant.parse("2026-11-27T03:00:00Z");

    @Autowired
    TestStores stores;

    @Test
    void a_manager_words_the_invitation_on_a_phone_and_the_next_owner_gets_exactly_that() {
        var store = stores.create();
        try (var phone = new PhoneBrowser("zh-CN")) {
            signIn(phone, store.managerEmail());
            phone.await("#mail-texts-intro textarea");
            Awaitility.await()
                    .atMost(Duration.ofSeconds(10))
                    .until(() -> preview(phone).contains("王先生，您好："));

            retype(phone, "#mail-texts-intro textarea", "感谢您选择{门店}，您的{车型}已焕然一新。");
            Awaitility.await()
                    .atMost(Duration.ofSeconds(10))
                    .until(() -> preview(phone).contains("感谢您选择" + store.store().name() + "，您的途观L已焕然一新。"));
            retype(phone, "#mail-texts-greeting input", "{客户}您好");
            phone.await("#mail-texts-greeting[invalid]");
            assertThat(phone.bodyText()).contains("{客户} 不是可用的占位符");
            assertThat(preview(phone)).doesNotContain("{客户}");
            phone.screenshot("mail-texts-1-mistake-zh");

            retype(phone, "#mail-texts-greeting input", "尊敬的");
            phone.tap("#mail-texts-insert-OWNER"); // lands where the cursor was, in the field last written in
            phone.await("#mail-texts-greeting input").sendKeys("：");
            phone.awaitGone("#mail-texts-greeting[invalid]");
            Awaitility.await()
                    .atMost(Duration.ofSeconds(10))
                    .until(() -> preview(phone).contains("尊敬的王先生："));
            phone.tap("#mail-texts-save");
            phone.awaitText("#mail-texts-status", "本店使用自己的文案");
            assertThat(preview(phone)).contains("尊敬的王先生：");
            phone.screenshot("mail-texts-2-saved-zh");
        }
        clock.set(MORNING);
        var email = "phone-texts-" + store.code() + "@example.com";
        Api.postVisit(
                baseUrl(),
                store.apiKey(),
                Api.visitJson("RO-PT-" + store.code(), email, store.advisorCode(), "zh-CN", MORNING),
                "en");

        var mail = TestMailServer.awaitMails(email, 1, Duration.ofSeconds(20)).getFirst();

        assertThat(Mails.text(mail)).contains("尊敬的王先生：", "感谢您选择" + store.store().name() + "，您的途观L已焕然一新。");
    }

    @Test
    void customer_service_cannot_open_the_editor() {
        var store = stores.create();
        try (var phone = new PhoneBrowser("en-US")) {
            signIn(phone, store.csManagerEmail());
            Awaitility.await()
                    .atMost(Duration.ofSeconds(10))
                    .until(() -> !phone.currentUrl().contains("/login"));
            Awaitility.await()
                    .during(Duration.ofSeconds(2))
                    .atMost(Duration.ofSeconds(4))
                    .until(() -> phone.all("#mail-texts-subject").isEmpty());
            assertThat(phone.all("vaadin-side-nav-item[path='invitation-mail-texts']"))
                    .isEmpty();
        }
    }

    private void signIn(PhoneBrowser phone, String email) {
        phone.open(baseUrl() + "/invitation-mail-texts");
        phone.await("vaadin-login-form");
        phone.await("input[name='username']").sendKeys(email);
        phone.await("input[name='password']").sendKeys("secret", Keys.ENTER);
    }

    private static void retype(PhoneBrowser phone, String css, String text) {
        var field = phone.await(css);
        phone.script("arguments[0].scrollIntoView({block: 'center'})", field);
        field.click();
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        field.sendKeys(text);
    }

    private static String preview(PhoneBrowser phone) {
        var html = phone.script("var f = document.querySelector('#mail-texts-preview');"
                + " return f ? f.getAttribute('srcdoc') : null;");
        return html == null ? "" : html.toString();
    }
}
