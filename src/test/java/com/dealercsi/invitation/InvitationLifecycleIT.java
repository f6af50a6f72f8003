package com.dealercsi.invitation;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealercsi.support.Api;
import com.dealercsi.support.IntegrationTest;
import com.dealercsi.support.Mails;
import com.dealercsi.support.TestMailServer;
import com.dealercsi.support.TestStores;
import com.dealercsi.support.TestStores.TestStore;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Every rule of an invitation's life, with the app's clock moved instead of waiting. */
class InvitationLifecycleIT extends IntegrationTest {

    /** 11:00 in Shanghai, the test stores' zone: outside any quiet hours. */
    static final Instant MORNING = Instant.parse("2026-11-27T03:00:00Z");

    @Autowired
    TestStores stores;

    @Autowired
    InvitationPolicies policies;

    @Autowired
    Invitations invitations;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    com.dealercsi.support.SignedIn signedIn;

    @Test
    void a_store_manager_changes_the_timing_of_their_own_store_only() {
        var own = stores.create();
        var other = stores.create();
        signedIn.run(
                own.managerEmail(), () -> policies.override(own.store().id(), Duration.ofHours(3), null, null, null));
        assertThat(policies.policyFor(own.store().id()).delay()).isEqualTo(Duration.ofHours(3));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> signedIn.run(
                        own.managerEmail(),
                        () -> policies.override(other.store().id(), Duration.ofHours(9), null, null, null)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThat(policies.policyFor(other.store().id()).delay()).isNotEqualTo(Duration.ofHours(9));
    }

    @Test
    void the_invitation_waits_for_the_stores_delay() {
        var store = stores.create();
        TestStores.asAdmin(() -> {
            policies.override(store.store().id(), Duration.ofHours(2), null, null, null);
            return null;
        });
        clock.set(MORNING);
        var visitId = post(store, "RO-D1", "delay@example.com", MORNING.minus(Duration.ofMinutes(10)));

        awaitState(visitId, InvitationState.SCHEDULED);
        assertThat(dueAt(visitId)).isEqualTo(MORNING.plus(Duration.ofMinutes(110)));
        clock.set(MORNING.plus(Duration.ofMinutes(100)));
        assertNoMailFor("delay@example.com", Duration.ofSeconds(3));

        clock.set(MORNING.plus(Duration.ofMinutes(111)));
        TestMailServer.awaitMails("delay@example.com", 1, Duration.ofSeconds(20));
        awaitState(visitId, InvitationState.SENT);
    }

    @Test
    void a_mail_due_in_the_quiet_hours_goes_out_when_they_end_in_the_stores_time_zone() {
        var store = stores.create();
        TestStores.asAdmin(() -> {
            policies.override(store.store().id(), Duration.ofHours(2), LocalTime.of(21, 0), LocalTime.of(8, 0), null);
            return null;
        });
        // delivered 20:30 in Shanghai, due 22:30: inside the quiet hours, so at 08:00 the next morning
        var delivered = Instant.parse("2026-11-27T12:30:00Z");
        clock.set(Instant.parse("2026-11-27T14:40:00Z"));
        var visitId = post(store, "RO-Q1", "night@example.com", delivered);

        awaitState(visitId, InvitationState.SCHEDULED);
        assertThat(dueAt(visitId)).isEqualTo(Instant.parse("2026-11-28T00:00:00Z"));
        clock.set(Instant.parse("2026-11-27T23:59:00Z")); // 07:59 in Shanghai
        assertNoMailFor("night@example.com", Duration.ofSeconds(3));

        clock.set(Instant.parse("2026-11-28T00:00:30Z"));
        TestMailServer.awaitMails("night@example.com", 1, Duration.ofSeconds(20));
        awaitState(visitId, InvitationState.SENT);
    }

    @Test
    void an_owner_who_opted_out_is_skipped_with_the_reason() {
        var store = stores.create();
        TestStores.asAdmin(() -> {
            invitations.optOutAddress("Quiet.Owner@example.com");
            return null;
        });
        clock.set(MORNING);

        var visitId = post(store, "RO-S1", "quiet.owner@example.com", MORNING);

        awaitState(visitId, InvitationState.SKIPPED);
        assertThat(skipReason(visitId)).isEqualTo("OPTED_OUT");
        assertNoMailFor("quiet.owner@example.com", Duration.ofSeconds(3));
    }

    @Test
    void an_owner_invited_by_the_store_within_30_days_is_skipped_and_invited_again_after_them() {
        var store = stores.create();
        clock.set(MORNING);
        var first = post(store, "RO-F1", "often@example.com", MORNING);
        TestMailServer.awaitMails("often@example.com", 1, Duration.ofSeconds(20));

        clock.set(MORNING.plus(Duration.ofDays(29)));
        var second = post(store, "RO-F2", "often@example.com", MORNING.plus(Duration.ofDays(29)));
        awaitState(second, InvitationState.SKIPPED);
        assertThat(skipReason(second)).isEqualTo("RECENTLY_INVITED");

        clock.set(MORNING.plus(Duration.ofDays(31)));
        var third = post(store, "RO-F3", "often@example.com", MORNING.plus(Duration.ofDays(31)));
        awaitState(third, InvitationState.SENT);
        awaitState(first, InvitationState.EXPIRED);
    }

    @Test
    void a_visit_without_a_deliverable_address_is_skipped() {
        var store = stores.create();
        clock.set(MORNING);

        var visitId = post(store, "RO-E1", "", MORNING); // a mobile only: stored, never mailed

        awaitState(visitId, InvitationState.SKIPPED);
        assertThat(skipReason(visitId)).isEqualTo("NO_VALID_EMAIL");
    }

    @Test
    void a_visit_arriving_later_than_the_expiry_window_after_delivery_is_skipped() {
        var store = stores.create();
        // the tests' window is ten years (application-test.properties), so the visit arrives just after it
        clock.set(MORNING.plus(Duration.ofDays(3651)));

        var visitId = post(store, "RO-O1", "late@example.com", MORNING);

        awaitState(visitId, InvitationState.SKIPPED);
        assertThat(skipReason(visitId)).isEqualTo("VISIT_TOO_OLD");
        assertNoMailFor("late@example.com", Duration.ofSeconds(2));
    }

    @Test
    void an_unanswered_invitation_gets_one_reminder_after_three_days_and_both_links_work() {
        var store = stores.create();
        clock.set(MORNING);
        var visitId = post(store, "RO-R1", "remind@example.com", MORNING);
        var first = TestMailServer.awaitMails("remind@example.com", 1, Duration.ofSeconds(20))
                .getFirst();

        clock.set(MORNING.plus(Duration.ofDays(2)));
        assertNoMailFor("remind@example.com", Duration.ofSeconds(3), 1);
        clock.set(MORNING.plus(Duration.ofDays(3)).plusSeconds(60));
        var mails = TestMailServer.awaitMails("remind@example.com", 2, Duration.ofSeconds(20));

        var reminder = mails.get(1);
        assertThat(Mails.subject(reminder)).contains("提醒");
        assertThat(Mails.text(reminder)).contains("唯一的一次提醒");
        awaitState(visitId, InvitationState.REMINDED);
        assertThat(invitations.findByToken(token(first)).orElseThrow().status()).isEqualTo(SurveyTicket.Status.OPEN);
        assertThat(invitations.findByToken(token(reminder)).orElseThrow().status())
                .isEqualTo(SurveyTicket.Status.OPEN);
        clock.set(MORNING.plus(Duration.ofDays(7)));
        assertNoMailFor("remind@example.com", Duration.ofSeconds(3), 2);
    }

    @Test
    void an_answered_invitation_gets_no_reminder() {
        var store = stores.create();
        clock.set(MORNING);
        var visitId = post(store, "RO-R2", "answered@example.com", MORNING);
        var mail = TestMailServer.awaitMails("answered@example.com", 1, Duration.ofSeconds(20))
                .getFirst();

        transactions.executeWithoutResult(status -> invitations.answer(token(mail)));
        clock.set(MORNING.plus(Duration.ofDays(4)));

        assertNoMailFor("answered@example.com", Duration.ofSeconds(4), 1);
        assertThat(state(visitId)).isEqualTo(InvitationState.ANSWERED);
    }

    @Test
    void a_store_can_switch_the_reminder_off() {
        var store = stores.create();
        TestStores.asAdmin(() -> {
            policies.override(store.store().id(), null, null, null, Duration.ZERO);
            return null;
        });
        clock.set(MORNING);
        var visitId = post(store, "RO-R3", "noreminder@example.com", MORNING);
        TestMailServer.awaitMails("noreminder@example.com", 1, Duration.ofSeconds(20));

        clock.set(MORNING.plus(Duration.ofDays(5)));

        assertNoMailFor("noreminder@example.com", Duration.ofSeconds(4), 1);
        assertThat(state(visitId)).isEqualTo(InvitationState.SENT);
    }

    @Test
    void the_link_expires_after_14_days() {
        var store = stores.create();
        clock.set(MORNING);
        var visitId = post(store, "RO-X1", "expire@example.com", MORNING);
        var mail = TestMailServer.awaitMails("expire@example.com", 1, Duration.ofSeconds(20))
                .getFirst();

        clock.set(MORNING.plus(Duration.ofDays(14)).minusSeconds(60));
        assertThat(invitations.findByToken(token(mail)).orElseThrow().status()).isEqualTo(SurveyTicket.Status.OPEN);
        clock.set(MORNING.plus(Duration.ofDays(14)).plusSeconds(60));

        awaitState(visitId, InvitationState.EXPIRED);
        assertThat(invitations.findByToken(token(mail)).orElseThrow().status()).isEqualTo(SurveyTicket.Status.EXPIRED);
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    private UUID post(TestStore store, String ro, String email, Instant deliveredAt) {
        var response = Api.postVisit(
                baseUrl(),
                store.apiKey(),
                Api.visitJson(ro + "-" + store.code(), email, store.advisorCode(), "zh-CN", deliveredAt),
                "en");
        assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
        return UUID.fromString(response.body().get("id").asString());
    }

    private void awaitState(UUID visitId, InvitationState state) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> state == stateOrNull(visitId));
    }

    private InvitationState state(UUID visitId) {
        var state = stateOrNull(visitId);
        assertThat(state).as("invitation of " + visitId).isNotNull();
        return state;
    }

    private InvitationState stateOrNull(UUID visitId) {
        return jdbc.query(
                "select state from invitation where visit_id = ?",
                rs -> rs.next() ? InvitationState.valueOf(rs.getString(1)) : null,
                visitId);
    }

    private String skipReason(UUID visitId) {
        return jdbc.queryForObject("select skip_reason from invitation where visit_id = ?", String.class, visitId);
    }

    private Instant dueAt(UUID visitId) {
        return invitations.statusOfVisit(visitId).orElseThrow().dueAt();
    }

    static String token(jakarta.mail.internet.MimeMessage mail) {
        var link = Mails.surveyLink(mail);
        return link.substring(link.lastIndexOf('/') + 1);
    }

    static void assertNoMailFor(String address, Duration during) {
        assertNoMailFor(address, during, 0);
    }

    /** Several scheduler ticks (one a second in tests) pass without a further mail. */
    static void assertNoMailFor(String address, Duration during, int alreadyThere) {
        Awaitility.await()
                .during(during)
                .atMost(during.plusSeconds(2))
                .until(() -> TestMailServer.receivedBy(address).size() == alreadyThere);
    }
}
