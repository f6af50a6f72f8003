package com.dealercsi.invitation;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealercsi.support.Api;
import com.dealercsi.support.IntegrationTest;
import com.dealercsi.support.Mails;
import com.dealercsi.support.PhoneBrowser;
import com.dealercsi.support.TestMailServer;
import com.dealercsi.support.TestStores;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The owner's side of opting out: the link in the mail, opened on a phone. */
class UnsubscribePageIT extends IntegrationTest {

    @Autowired
    TestStores stores;

    @Autowired
    Invitations invitations;

    @Test
    void the_unsubscribe_link_opts_the_owner_out_and_says_so_calmly_in_the_owners_language() {
        var store = stores.create();
        var owner = "unsub-" + store.code() + "@example.com";
        Api.postVisit(baseUrl(), store.apiKey(), Api.visitJson("RO-UP1", owner, store.advisorCode(), "zh-CN"), "en");
        var mail = TestMailServer.awaitMails(owner, 1, Duration.ofSeconds(20)).getFirst();
        var link = Mails.text(mail)
                .lines()
                .filter(line -> line.contains("/unsubscribe/"))
                .findFirst()
                .orElseThrow();
        var url = link.substring(link.indexOf("http"));

        try (var phone = new PhoneBrowser("en")) {
            phone.open(url);
            phone.await("#unsubscribed");
            assertThat(phone.bodyText()).contains("您将不再收到调查邮件", "所有门店").doesNotContain("http");
            assertThat(phone.find(".privacy-notice-link").getAttribute("href"))
                    .as("the store's privacy notice, at the foot")
                    .endsWith("/privacy/" + store.store().id());
            phone.screenshot("unsubscribed-zh");

            phone.open(baseUrl() + "/unsubscribe/not-a-real-token");
            phone.await("#unsubscribe-unknown");
            assertThat(phone.bodyText()).contains("We do not know this link");
            assertThat(phone.all(".privacy-notice-link"))
                    .as("no store to point to")
                    .isEmpty();
        }
        assertThat(invitations.isOptedOut(owner)).isTrue();
    }

    @Test
    void a_program_that_only_fetches_the_link_opts_nobody_out() throws Exception {
        var store = stores.create();
        var owner = "scanned-" + store.code() + "@example.com";
        Api.postVisit(baseUrl(), store.apiKey(), Api.visitJson("RO-UP2", owner, store.advisorCode(), "zh-CN"), "en");
        var mail = TestMailServer.awaitMails(owner, 1, Duration.ofSeconds(20)).getFirst();
        var link = Mails.text(mail)
                .lines()
                .filter(line -> line.contains("/unsubscribe/"))
                .findFirst()
                .orElseThrow();

        // what a mail scanner or a link preview does: fetch the page, run no script
        var page = java.net.http.HttpClient.newBuilder()
                .followRedirects(java.net.http.HttpClient.Redirect.NORMAL)
                .build()
                .send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create(link.substring(link.indexOf("http"))))
                                .GET()
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(invitations.isOptedOut(owner)).isFalse();
    }
}
