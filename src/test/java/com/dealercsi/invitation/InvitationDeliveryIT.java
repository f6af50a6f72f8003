package com.dealercsi.invitation;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealercsi.support.Api;
import com.dealercsi.support.IntegrationTest;
import com.dealercsi.support.RefusingSmtpServer;
import com.dealercsi.support.TestMailServer;
import com.dealercsi.support.TestStores;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;

/**
 * Delivery through the outbox: refused for good, refused for now, and an app that stops and starts again with
 * invitations due.
 */
class InvitationDeliveryIT extends IntegrationTest {

    @Autowired
    TestStores stores;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Invitations invitations;

    @Autowired
    IncompleteEventPublications publications;

    @Test
    void an_address_the_server_refuses_for_good_is_marked_undeliverable_and_never_tried_again() {
        var store = stores.create();
        UUID visitId;
        TestMailServer.stop();
        try (var refusing = RefusingSmtpServer.onTestMailPort("550 5.1.1 <gone@example.com>: unknown user")) {
            visitId = visitId(Api.postVisit(
                    baseUrl(),
                    store.apiKey(),
                    Api.visitJson("RO-U1", "gone@example.com", store.advisorCode(), "en"),
                    "en"));
            awaitState(visitId, InvitationState.UNDELIVERABLE);
            // the listener completed normally: its publication is done, so the outbox does not try again
            Awaitility.await()
                    .during(Duration.ofSeconds(4))
                    .atMost(Duration.ofSeconds(6))
                    .until(() -> refusing.refusals() == 1);
        } finally {
            TestMailServer.restart();
        }
        var status = invitations.statusOfVisit(visitId).orElseThrow();
        assertThat(status.failure()).contains("550", "unknown user");
        assertThat(jdbc.queryForObject("""
                select count(*) from event_publication where completion_date is null
                and serialized_event like ?""", Integer.class, "%" + status.invitationId() + "%"))
                .isZero();
        Awaitility.await()
                .during(Duration.ofSeconds(3))
                .atMost(Duration.ofSeconds(5))
                .until(() -> TestMailServer.receivedBy("gone@example.com").isEmpty());
        assertThat(invitations.statusOfVisit(visitId).orElseThrow().state()).isEqualTo(InvitationState.UNDELIVERABLE);
    }

    @Test
    void an_address_refused_for_now_is_retried_and_sent_once_when_the_server_accepts_it() {
        var store = stores.create();
        UUID visitId;
        TestMailServer.stop();
        try (var refusing = RefusingSmtpServer.onTestMailPort("451 4.3.0 Mailbox busy, try again later")) {
            visitId = visitId(Api.postVisit(
                    baseUrl(),
                    store.apiKey(),
                    Api.visitJson("RO-U2", "busy@example.com", store.advisorCode(), "en"),
                    "en"));
            Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> refusing.refusals() >= 2);
            assertThat(invitations.statusOfVisit(visitId).orElseThrow().state()).isEqualTo(InvitationState.QUEUED);
        } finally {
            TestMailServer.restart();
        }

        TestMailServer.awaitMails("busy@example.com", 1, Duration.ofSeconds(30));
        Awaitility.await()
                .during(Duration.ofSeconds(4))
                .atMost(Duration.ofSeconds(6))
                .until(() -> TestMailServer.receivedBy("busy@example.com").size() == 1);
        assertThat(invitations.statusOfVisit(visitId).orElseThrow().state()).isEqualTo(InvitationState.SENT);
    }

    /**
     * What a restart finds in the database, and what it does with it, without stopping the shared application:
     * invitations that fell due while the app was down (still SCHEDULED), invitations queued whose mail never
     * went (an incomplete publication, as after a crash or an SMTP outage) and an invitation whose mail did go
     * but whose publication was not marked complete before the crash. On start, Spring Modulith hands every
     * incomplete publication to its listener again ({@code republish-outstanding-events-on-restart}); the test
     * does exactly that call, while the scheduler's tick and the outbox's retry loop run as they do after a start.
     */
    @Test
    void after_a_restart_invitations_that_were_due_are_all_sent_and_none_twice() {
        var store = stores.create();
        var delayed = stores.create();
        TestStores.asAdmin(() -> {
            policiesOverride(delayed);
            return null;
        });
        // sent before the "crash", but its completion was lost
        var sentId = visitId(Api.postVisit(
                baseUrl(),
                store.apiKey(),
                Api.visitJson("RO-RS0", "restart0@example.com", store.advisorCode(), "en"),
                "en"));
        TestMailServer.awaitMails("restart0@example.com", 1, Duration.ofSeconds(20));
        var sentInvitation = invitations.statusOfVisit(sentId).orElseThrow().invitationId();
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> jdbc.queryForObject("""
                select count(*) from event_publication where completion_date is not null
                and serialized_event like ?""", Integer.class, "%" + sentInvitation + "%") == 1);
        jdbc.update(
                "update event_publication set completion_date = null, status = 'FAILED' where serialized_event like ?",
                "%" + sentInvitation + "%");

        TestMailServer.stop();
        try {
            // queued while the mail server was unreachable: in the outbox, not sent
            for (int i = 1; i <= 3; i++) {
                Api.postVisit(
                        baseUrl(),
                        store.apiKey(),
                        Api.visitJson("RO-RS" + i, "restart" + i + "@example.com", store.advisorCode(), "en"),
                        "en");
            }
            // scheduled for later, and "later" passes while the app is down
            for (int i = 4; i <= 5; i++) {
                Api.postVisit(
                        baseUrl(),
                        delayed.apiKey(),
                        Api.visitJson(
                                "RO-RS" + i,
                                "restart" + i + "@example.com",
                                delayed.advisorCode(),
                                "en",
                                clock.instant()),
                        "en");
            }
            Awaitility.await()
                    .atMost(Duration.ofSeconds(15))
                    .until(() -> jdbc.queryForObject(
                                    "select count(*) from invitation where store_id = ? and state = 'QUEUED'",
                                    Integer.class,
                                    store.store().id())
                            == 3);
            assertThat(jdbc.queryForObject(
                            "select count(*) from invitation where store_id = ? and state = 'SCHEDULED'",
                            Integer.class,
                            delayed.store().id()))
                    .isEqualTo(2);
        } finally {
            TestMailServer.restart();
        }
        clock.advance(Duration.ofHours(3));

        // the start: every incomplete publication to its listener again, twice for good measure
        Predicate<org.springframework.modulith.events.EventPublication> all = publication -> true;
        publications.resubmitIncompletePublications(all);
        publications.resubmitIncompletePublications(all);

        for (int i = 1; i <= 5; i++) {
            TestMailServer.awaitMails("restart" + i + "@example.com", 1, Duration.ofSeconds(30));
        }
        // the restarted mail server starts empty: the mail sent before the "crash" must not arrive again
        Awaitility.await()
                .during(Duration.ofSeconds(5))
                .atMost(Duration.ofSeconds(8))
                .until(() -> {
                    if (!TestMailServer.receivedBy("restart0@example.com").isEmpty()) {
                        return false;
                    }
                    for (int i = 1; i <= 5; i++) {
                        if (TestMailServer.receivedBy("restart" + i + "@example.com")
                                        .size()
                                != 1) {
                            return false;
                        }
                    }
                    return true;
                });
        assertThat(jdbc.queryForObject(
                        "select count(*) from invitation where store_id in (?, ?) and state = 'SENT'",
                        Integer.class,
                        store.store().id(),
                        delayed.store().id()))
                .isEqualTo(6);
    }

    /**
     * Found by the benchmark: under load a resubmitted publication whose listener could not get a database
     * connection stayed RESUBMITTED and was never handed out again, so its visit got no invitation. The test
     * makes that state by hand (the visit's invitation undone, its publication stuck as resubmitted an hour ago)
     * and expects the staleness monitor to mark it failed and the outbox to deliver it.
     */
    @Test
    void a_publication_stuck_in_resubmission_is_handed_out_again_and_the_visit_invited_once() {
        var store = stores.create();
        var visitId = visitId(Api.postVisit(
                baseUrl(),
                store.apiKey(),
                Api.visitJson("RO-ST1", "stuck@example.com", store.advisorCode(), "en"),
                "en"));
        TestMailServer.awaitMails("stuck@example.com", 1, Duration.ofSeconds(20));
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> jdbc.queryForObject("""
                select count(*) from event_publication where completion_date is not null
                and listener_id like '%InvitationScheduler%' and serialized_event like ?""", Integer.class, "%" + visitId + "%") == 1);
        var invitationId = invitations.statusOfVisit(visitId).orElseThrow().invitationId();
        jdbc.update("delete from event_publication where serialized_event like ?", "%" + invitationId + "%");
        jdbc.update("delete from invitation where visit_id = ?", visitId);
        jdbc.update("""
                update event_publication set completion_date = null, status = 'RESUBMITTED',
                last_resubmission_date = date_sub(utc_timestamp(6), interval 1 hour)
                where listener_id like '%InvitationScheduler%' and serialized_event like ?""", "%" + visitId + "%");

        TestMailServer.awaitMails("stuck@example.com", 2, Duration.ofSeconds(30));

        awaitState(visitId, InvitationState.SENT);
        Awaitility.await()
                .during(Duration.ofSeconds(3))
                .atMost(Duration.ofSeconds(5))
                .until(() -> TestMailServer.receivedBy("stuck@example.com").size() == 2);
    }

    @Autowired
    InvitationPolicies policies;

    private void policiesOverride(TestStores.TestStore store) {
        policies.override(store.store().id(), Duration.ofHours(2), null, null, null);
    }

    private void awaitState(UUID visitId, InvitationState state) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> invitations
                                .statusOfVisit(visitId)
                                .map(InvitationStatus::state)
                                .orElse(null)
                        == state);
    }

    private static UUID visitId(Api.Response response) {
        assertThat(response.status()).as(response.body().toString()).isIn(200, 201);
        return UUID.fromString(response.body().get("id").asString());
    }
}
