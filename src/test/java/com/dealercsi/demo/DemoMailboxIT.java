package com.dealercsi.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealercsi.admin.Stores;
import com.dealercsi.invitation.InvitationPolicies;
import com.dealercsi.invitation.Invitations;
import com.dealercsi.invitation.QuietHours;
import com.dealercsi.invitation.WaitingInvitations;
import com.dealercsi.support.Api;
import com.dealercsi.support.MutableClock;
import com.dealercsi.support.PhoneBrowser;
import com.dealercsi.support.TestStores;
import jakarta.mail.Address;
import jakarta.mail.Message;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The demo as someone trying it at night in Shanghai finds it: the app starts in the demo profile (its own
 * context, closed afterwards, not the shared test one) with the clock at 23:30 store time, inside the default
 * quiet hours. Only the ports, the data folder and the poll interval differ from a real demo start.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@ActiveProfiles("demo")
@DirtiesContext
class DemoMailboxIT {

    /** 23:30 in Shanghai, the demo store's zone. */
    static final Instant NIGHT = Instant.parse("2026-11-27T15:30:00Z");

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final int PORT = freePort();
    private static final int SMTP_PORT = freePort();
    private static final int MANAGEMENT_PORT = freePort();

    @DynamicPropertySource
    static void wire(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
        registry.add("csi.public-base-url", () -> "http://localhost:" + PORT);
        registry.add("csi.demo.smtp-port", () -> SMTP_PORT);
        registry.add("management.server.port", () -> MANAGEMENT_PORT);
        registry.add("csi.data-dir", () -> "target/test-data/demo-" + UUID.randomUUID());
        registry.add("csi.invitation.poll-interval", () -> "PT1S");
        registry.add("spring.main.banner-mode", () -> "off");
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class NightInShanghai {

        @Bean
        @Primary
        MutableClock nightClock() {
            var clock = new MutableClock();
            clock.set(NIGHT);
            return clock;
        }
    }

    @Autowired
    DemoMailCatcher mailbox;

    @Autowired
    Stores stores;

    @Autowired
    InvitationPolicies policies;

    @Autowired
    Invitations invitations;

    @Autowired
    TestStores testStores;

    @Test
    void demo_store_invites_at_any_hour() {
        var demo = stores.findByCode(DemoData.STORE_CODE).orElseThrow();
        assertThat(new QuietHours(LocalTime.of(21, 0), LocalTime.of(8, 0)).contains(NIGHT, SHANGHAI))
                .as("the clock is inside the product's default quiet hours")
                .isTrue();

        assertThat(policies.policyFor(demo.id()).quietHours()).isEqualTo(QuietHours.NONE);
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(mailbox.newestFirst().stream()
                                .flatMap(DemoMailboxIT::recipients)
                                .toList())
                        .contains(
                                "wang.jianguo@example.com",
                                "zhang.li@example.com",
                                "david.miller@example.com",
                                "chen.xm@example.com"));
    }

    @Test
    void the_mailbox_says_how_many_invitations_wait_until_when_and_why() {
        // a store that waits two hours after pick-up, and no quiet hours: the visit is due at 01:30
        var patient = testStores.create();
        TestStores.asAdmin(() -> {
            policies.override(patient.store().id(), Duration.ofHours(2), LocalTime.MIDNIGHT, LocalTime.MIDNIGHT, null);
            return null;
        });
        Api.postVisit(
                baseUrl(),
                patient.apiKey(),
                Api.visitJson("RO-D1", "d1-" + patient.code() + "@example.com", patient.advisorCode(), "en", NIGHT),
                "en");
        // a store with quiet hours 21:00-08:00: both visits wait for the morning
        var store = testStores.create();
        TestStores.asAdmin(() -> {
            policies.override(store.store().id(), null, LocalTime.of(21, 0), LocalTime.of(8, 0), null);
            return null;
        });
        for (var ro : new String[] {"RO-N1", "RO-N2"}) {
            Api.postVisit(
                    baseUrl(),
                    store.apiKey(),
                    Api.visitJson(
                            ro,
                            ro + "-" + store.code() + "@example.com",
                            store.advisorCode(),
                            "zh-CN",
                            NIGHT.minus(Duration.ofMinutes(30))),
                    "zh-CN");
        }

        var waiting = Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(
                        () -> invitations.waiting().stream()
                                .filter(w -> w.storeId().equals(store.store().id()) && w.count() == 2)
                                .findFirst(),
                        java.util.Optional::isPresent)
                .orElseThrow();
        assertThat(waiting.reason()).isEqualTo(WaitingInvitations.Reason.QUIET_HOURS);
        assertThat(waiting.until()).isEqualTo(Instant.parse("2026-11-28T00:00:00Z")); // 08:00 in Shanghai
        var delayed = Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(
                        () -> invitations.waiting().stream()
                                .filter(w -> w.storeId().equals(patient.store().id()))
                                .findFirst(),
                        java.util.Optional::isPresent)
                .orElseThrow();
        assertThat(delayed.reason()).isEqualTo(WaitingInvitations.Reason.DELAY);
        assertThat(delayed.until()).isEqualTo(NIGHT.plus(Duration.ofHours(2)));

        var name = store.store().name();
        try (var browser = new PhoneBrowser("en")) {
            browser.open(baseUrl() + "/mailbox");
            browser.awaitText(
                    ".mailbox-waiting",
                    "2 invitations from " + name + " are waiting until 08:00 tomorrow "
                            + "(Asia/Shanghai time): the store sends no mail in its quiet hours, 21:00–08:00.");
            browser.awaitText(
                    ".mailbox-waiting",
                    "1 invitation from " + patient.store().name() + " is waiting until "
                            + "01:30 tomorrow (Asia/Shanghai time): the store invites owners 2 hours after they pick up their "
                            + "car.");
            browser.screenshot("mailbox-waiting-en");
        }
        try (var browser = new PhoneBrowser("zh-CN")) {
            browser.open(baseUrl() + "/mailbox");
            browser.awaitText(
                    ".mailbox-waiting",
                    name + " 的 2 封邀请等待发送，将于明天 08:00（Asia/Shanghai 时间）发出：" + "门店在免打扰时段（21:00–08:00）不发邮件。");
            browser.awaitText(
                    ".mailbox-waiting",
                    patient.store().name() + " 的 1 封邀请等待发送，将于明天 01:30" + "（Asia/Shanghai 时间）发出：门店在车主提车 2 小时后发出邀请。");
            browser.screenshot("mailbox-waiting-zh");
        }
    }

    @Test
    void invitations_held_back_by_rules_since_changed_say_so() {
        var store = testStores.create();
        setQuietHours(store, LocalTime.of(21, 0), LocalTime.of(8, 0));
        Api.postVisit(
                baseUrl(),
                store.apiKey(),
                Api.visitJson("RO-E1", "e1-" + store.code() + "@example.com", store.advisorCode(), "en", NIGHT),
                "en");
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> waitingOf(store).isPresent());

        // as in a demo data folder from a version with quiet hours: the invitation keeps the time it was given
        setQuietHours(store, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);

        var waiting = waitingOf(store).orElseThrow();
        assertThat(waiting.reason()).isEqualTo(WaitingInvitations.Reason.EARLIER_RULES);
        assertThat(waiting.until()).isEqualTo(Instant.parse("2026-11-28T00:00:00Z"));
    }

    private void setQuietHours(TestStores.TestStore store, LocalTime start, LocalTime end) {
        TestStores.asAdmin(() -> {
            policies.override(store.store().id(), null, start, end, null);
            return null;
        });
    }

    private java.util.Optional<WaitingInvitations> waitingOf(TestStores.TestStore store) {
        return invitations.waiting().stream()
                .filter(w -> w.storeId().equals(store.store().id()))
                .findFirst();
    }

    private static java.util.stream.Stream<String> recipients(jakarta.mail.internet.MimeMessage message) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .map(Address::toString);
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String baseUrl() {
        return "http://localhost:" + PORT;
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
