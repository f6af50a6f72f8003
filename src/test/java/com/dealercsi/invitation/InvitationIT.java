package com.dealercsi.invitation;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealercsi.shared.Hashing;
import com.dealercsi.support.Api;
import com.dealercsi.support.IntegrationTest;
import com.dealercsi.support.Mails;
import com.dealercsi.support.TestMailServer;
import com.dealercsi.support.TestStores;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class InvitationIT extends IntegrationTest {

    @Autowired
    TestStores stores;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_delivered_visit_gets_one_invitation_mail_in_the_owners_language_with_a_personal_link() throws Exception {
        var store = stores.create();
        Api.postVisit(
                baseUrl(),
                store.apiKey(),
                Api.visitJson("RO-I1", "zh.owner@example.com", store.advisorCode(), "zh-CN"),
                "en");

        var mail = TestMailServer.awaitMails("zh.owner@example.com", 1, Duration.ofSeconds(20))
                .getFirst();

        assertThat(Mails.subject(mail)).contains("服务体验如何", store.store().name());
        assertThat(Mails.text(mail)).contains("王先生，您好", "途观L");
        assertThat(Mails.html(mail)).contains("评价本次服务");
        var link = Mails.surveyLink(mail);
        assertThat(link).startsWith(baseUrl() + "/survey/");
        var token = link.substring(link.lastIndexOf('/') + 1);
        assertThat(token).hasSizeGreaterThanOrEqualTo(43); // 256 bits in URL-safe Base64
        assertThat(jdbc.queryForObject(
                        "select token_hash from invitation i join visit v on v.id = i.visit_id "
                                + "where v.store_id = ?",
                        String.class,
                        store.store().id()))
                .isEqualTo(Hashing.sha256Hex(token));
        assertThat(jdbc.queryForObject(
                        "select count(*) from event_publication where serialized_event like ?",
                        Integer.class,
                        "%" + token + "%"))
                .as("the raw token is stored nowhere")
                .isZero();
    }

    @Test
    void an_english_owner_gets_the_english_mail() {
        var store = stores.create();
        Api.postVisit(
                baseUrl(),
                store.apiKey(),
                Api.visitJson("RO-I2", "en.owner@example.com", store.advisorCode(), "en"),
                "en");

        var mail = TestMailServer.awaitMails("en.owner@example.com", 1, Duration.ofSeconds(20))
                .getFirst();

        assertThat(Mails.subject(mail)).startsWith("How was your visit to");
        assertThat(Mails.text(mail)).contains("Dear 王先生,", "Rate your visit");
    }

    @Test
    void a_repeated_visit_does_not_invite_twice() {
        var store = stores.create();
        var json = Api.visitJson("RO-I3", "once@example.com", store.advisorCode(), "en");
        Api.postVisit(baseUrl(), store.apiKey(), json, "en");
        Api.postVisit(baseUrl(), store.apiKey(), json, "en");

        TestMailServer.awaitMails("once@example.com", 1, Duration.ofSeconds(20));
        Awaitility.await()
                .during(Duration.ofSeconds(3))
                .atMost(Duration.ofSeconds(5))
                .until(() -> TestMailServer.receivedBy("once@example.com").size() == 1);
    }

    @Test
    void while_the_mail_server_is_down_invitations_wait_and_each_is_sent_exactly_once_when_it_is_back() {
        var store = stores.create();
        TestMailServer.stop();
        try {
            for (int i = 1; i <= 3; i++) {
                Api.postVisit(
                        baseUrl(),
                        store.apiKey(),
                        Api.visitJson("RO-O" + i, "outage" + i + "@example.com", store.advisorCode(), "en"),
                        "en");
            }
            // several retry rounds fail meanwhile; the invitations stay queued in the outbox
            Awaitility.await()
                    .atMost(Duration.ofSeconds(15))
                    .until(() -> jdbc.queryForObject(
                                    "select count(*) from invitation where store_id = ? and state = 'QUEUED'",
                                    Integer.class,
                                    store.store().id())
                            == 3);
            Awaitility.await().pollDelay(Duration.ofSeconds(4)).until(() -> true);
            assertThat(jdbc.queryForObject(
                            "select count(*) from invitation where store_id = ? and state = 'SENT'",
                            Integer.class,
                            store.store().id()))
                    .isZero();
        } finally {
            TestMailServer.restart();
        }

        for (int i = 1; i <= 3; i++) {
            TestMailServer.awaitMails("outage" + i + "@example.com", 1, Duration.ofSeconds(30));
        }
        Awaitility.await()
                .during(Duration.ofSeconds(4))
                .atMost(Duration.ofSeconds(6))
                .until(() -> TestMailServer.receivedBy("outage1@example.com").size() == 1
                        && TestMailServer.receivedBy("outage2@example.com").size() == 1
                        && TestMailServer.receivedBy("outage3@example.com").size() == 1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from invitation where store_id = ? and state = 'SENT'",
                        Integer.class,
                        store.store().id()))
                .isEqualTo(3);
    }
}
