package com.dealercsi.invitation;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealercsi.support.Api;
import com.dealercsi.support.IntegrationTest;
import com.dealercsi.support.Mails;
import com.dealercsi.support.TestMailServer;
import com.dealercsi.support.TestStores;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class OptOutIT extends IntegrationTest {

    static final Instant MORNING = InvitationLifecycleIT.MORNING;
    static final HttpClient HTTP =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Autowired
    TestStores stores;

    @Autowired
    Invitations invitations;

    @Autowired
    InvitationPolicies policies;

    @Test
    void every_invitation_carries_a_one_click_unsubscribe_link_and_the_list_unsubscribe_headers() throws Exception {
        var store = stores.create();
        clock.set(MORNING);
        post(store, "RO-H1", "headers@example.com");

        var mail = TestMailServer.awaitMails("headers@example.com", 1, Duration.ofSeconds(20))
                .getFirst();

        var token = InvitationLifecycleIT.token(mail);
        assertThat(mail.getHeader("List-Unsubscribe"))
                .containsExactly("<" + baseUrl() + "/mail/unsubscribe/" + token + ">");
        assertThat(mail.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
        assertThat(Mails.text(mail)).contains(baseUrl() + "/unsubscribe/" + token, "一键退订");
        assertThat(Mails.html(mail)).contains(baseUrl() + "/unsubscribe/" + token);
        var get = HTTP.send(
                HttpRequest.newBuilder(URI.create(baseUrl() + "/mail/unsubscribe/" + token))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(get.statusCode()).isEqualTo(303);
        assertThat(get.headers().firstValue("Location")).hasValue("/unsubscribe/" + token);
    }

    @Test
    void a_one_click_opt_out_stops_every_store_at_once_and_cancels_the_reminder() throws Exception {
        var first = stores.create();
        var second = stores.create();
        var third = stores.create();
        TestStores.asAdmin(() -> {
            policies.override(second.store().id(), Duration.ofHours(2), null, null, null);
            return null;
        });
        clock.set(MORNING);
        var sent = post(first, "RO-P1", "leave.me@example.com");
        var mail = TestMailServer.awaitMails("leave.me@example.com", 1, Duration.ofSeconds(20))
                .getFirst();
        var waiting = post(second, "RO-P2", "Leave.Me@example.com");
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> state(waiting) == InvitationState.SCHEDULED);

        var response = HTTP.send(
                HttpRequest.newBuilder(URI.create(baseUrl() + "/mail/unsubscribe/" + InvitationLifecycleIT.token(mail)))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(state(waiting)).as("the other store's waiting invitation").isEqualTo(InvitationState.SKIPPED);
        assertThat(invitations.statusOfVisit(waiting).orElseThrow().skipReason())
                .isEqualTo(SkipReason.OPTED_OUT);
        var later = post(third, "RO-P3", "leave.me@example.com");
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> state(later) == InvitationState.SKIPPED);
        clock.set(MORNING.plus(Duration.ofDays(4)));
        InvitationLifecycleIT.assertNoMailFor("leave.me@example.com", Duration.ofSeconds(4), 1);
        assertThat(state(sent)).as("no reminder went out").isEqualTo(InvitationState.SENT);
        assertThat(invitations.statusOfVisit(sent).orElseThrow().reminderDueAt())
                .isNull();
    }

    @Test
    void an_unknown_link_opts_nobody_out() throws Exception {
        var response = HTTP.send(
                HttpRequest.newBuilder(URI.create(baseUrl() + "/mail/unsubscribe/not-a-token"))
                        .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(404);
    }

    private UUID post(TestStores.TestStore store, String ro, String email) {
        var response = Api.postVisit(
                baseUrl(), store.apiKey(), Api.visitJson(ro, email, store.advisorCode(), "zh-CN", MORNING), "en");
        assertThat(response.status()).isEqualTo(201);
        return UUID.fromString(response.body().get("id").asString());
    }

    private InvitationState state(UUID visitId) {
        return invitations.statusOfVisit(visitId).map(InvitationStatus::state).orElse(null);
    }
}
