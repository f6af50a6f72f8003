package com.dealercsi.invitation;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealercsi.support.Api;
import com.dealercsi.support.IntegrationTest;
import com.dealercsi.support.Mails;
import com.dealercsi.support.TestMailServer;
import com.dealercsi.support.TestStores;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every invitation links the store's privacy notice, in the owner's language, whatever the store's wording. */
class PrivacyNoticeMailIT extends IntegrationTest {

    @Autowired
    TestStores stores;

    @Test
    void the_chinese_invitation_links_the_stores_notice_in_chinese() {
        var store = stores.create();
        Api.postVisit(
                baseUrl(),
                store.apiKey(),
                Api.visitJson("RO-PN1", "notice.zh@example.com", store.advisorCode(), "zh-CN"),
                "en");

        var mail = TestMailServer.awaitMails("notice.zh@example.com", 1, Duration.ofSeconds(20))
                .getFirst();

        var link = baseUrl() + "/privacy/" + store.store().id() + "?lang=zh-CN";
        assertThat(Mails.text(mail)).contains(store.store().name() + "如何处理您的个人信息： " + link);
        assertThat(Mails.html(mail)).contains("href=\"" + link + "\"", "如何处理您的个人信息");
    }

    @Test
    void the_english_invitation_links_the_stores_notice_in_english() {
        var store = stores.create();
        Api.postVisit(
                baseUrl(),
                store.apiKey(),
                Api.visitJson("RO-PN2", "notice.en@example.com", store.advisorCode(), "en"),
                "en");

        var mail = TestMailServer.awaitMails("notice.en@example.com", 1, Duration.ofSeconds(20))
                .getFirst();

        var link = baseUrl() + "/privacy/" + store.store().id() + "?lang=en";
        assertThat(Mails.text(mail)).contains("How " + store.store().name() + " handles your personal data: " + link);
        assertThat(Mails.html(mail)).contains("href=\"" + link + "\"");
    }
}
