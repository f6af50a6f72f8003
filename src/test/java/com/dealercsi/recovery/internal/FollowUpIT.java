package com.dealercsi.recovery.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dealercsi.alerting.AlertLevel;
import com.dealercsi.invitation.Invitations;
import com.dealercsi.recovery.CaseFilter;
import com.dealercsi.recovery.CaseRuleViolation;
import com.dealercsi.recovery.FollowUpAnswer;
import com.dealercsi.recovery.FollowUpOffer;
import com.dealercsi.recovery.FollowUpOpening;
import com.dealercsi.recovery.FollowUpOutcome;
import com.dealercsi.recovery.FollowUpStatus;
import com.dealercsi.recovery.FollowUps;
import com.dealercsi.recovery.MadeRight;
import com.dealercsi.recovery.RecoveryCases;
import com.dealercsi.recovery.RecoveryFixtures;
import com.dealercsi.recovery.RecoveryStep;
import com.dealercsi.shared.Hashing;
import com.dealercsi.shared.Language;
import com.dealercsi.support.IntegrationTest;
import com.dealercsi.support.Mails;
import com.dealercsi.support.RefusingSmtpServer;
import com.dealercsi.support.SignedIn;
import com.dealercsi.support.TestCauses;
import com.dealercsi.support.TestMailServer;
import com.dealercsi.support.TestStores;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.util.AopTestUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The follow-up survey from closing to the owner's answer, driven by moving the app's clock and calling the job;
 * nothing sleeps for ten days. Mails are caught by GreenMail; the owner also gets the visit's invitation, so the
 * follow-up mails are told apart by their subject.
 */
class FollowUpIT extends IntegrationTest {

    /** The owners of RecoveryFixtures' visits read Chinese. */
    static final String SUBJECT = "问题解决了吗";

    private static final Pattern LINK = Pattern.compile("https?://[^\\s\"<]+/follow-up/([A-Za-z0-9_-]+)");

    @Autowired
    TestCauses testCauses;

    @Autowired
    RecoveryFixtures fixtures;

    @Autowired
    CaseOpening opening;

    @Autowired
    FollowUpQueue queue;

    @Autowired
    FollowUpJob job;

    @Autowired
    LockProvider locks;

    @Autowired
    RecoveryCases desk;

    @Autowired
    FollowUps followUps;

    @Autowired
    Invitations invitations;

    @Autowired
    SignedIn signedIn;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void a_case_closed_with_a_follow_up_mails_the_owner_once_after_ten_days_and_the_answer_shows_on_the_case() {
        var store = fixtures.storeWithGeneralManager();
        var t0 = start();
        var caseId = openCase(store, "RO-FU1");
        assertThat(signedIn.as(store.csManagerEmail(), () -> desk.followUpOffer(caseId)))
                .isEqualTo(FollowUpOffer.POSSIBLE);
        close(store, caseId, true);

        clock.set(t0.plus(Duration.ofDays(10)).minusSeconds(1));
        job.run();
        assertNoFollowUpMailFor(owner(store, "RO-FU1"));
        assertThat(followUpStatus(caseId)).isEqualTo("SCHEDULED");

        clock.set(t0.plus(Duration.ofDays(10)));
        job.run();
        job.run();

        var mail = awaitFollowUpMails(owner(store, "RO-FU1"), 1).getFirst();
        Awaitility.await()
                .during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(5))
                .until(() -> followUpMails(owner(store, "RO-FU1")).size() == 1);
        assertThat(Mails.subject(mail)).contains(store.store().name());
        assertThat(Mails.text(mail)).contains("王先生", "/follow-up-unsubscribe/");
        assertThat(Mails.text(mail))
                .as("the store's privacy notice, in the owner's language")
                .contains("如何处理您的个人信息", "/privacy/" + store.store().id() + "?lang=zh-CN");
        assertThat(Mails.html(mail))
                .contains("href=\"" + baseUrl() + "/privacy/" + store.store().id() + "?lang=zh-CN\"");
        var token = token(mail);
        // only the hash of the link is kept
        assertThat(jdbc.queryForObject(
                        "select token_hash from recovery_follow_up where case_id = ?", String.class, caseId))
                .isEqualTo(Hashing.sha256Hex(token))
                .isNotEqualTo(token);
        assertThat(followUps.open(token))
                .isEqualTo(new FollowUpOpening.Ready(
                        store.store().name(),
                        "王先生",
                        Language.ZH_CN,
                        store.store().id()));

        clock.advance(Duration.ofDays(2));
        assertThat(followUps.answer(token, new FollowUpAnswer(MadeRight.NO, 4, "Still rattles")))
                .isTrue();

        var details =
                signedIn.as(store.csManagerEmail(), () -> desk.details(caseId).orElseThrow());
        assertThat(details.followUp().status()).isEqualTo(FollowUpStatus.ANSWERED);
        assertThat(details.followUp().answer()).isEqualTo(new FollowUpAnswer(MadeRight.NO, 4, "Still rattles"));
        assertThat(details.followUp().answeredAt()).isEqualTo(t0.plus(Duration.ofDays(12)));
        assertThat(details.row().followUpAnswer()).isEqualTo(MadeRight.NO);
        assertThat(details.audit())
                .extracting(line -> line.action())
                .containsSubsequence("CLOSED", "FOLLOW_UP_SCHEDULED", "FOLLOW_UP_SENT", "FOLLOW_UP_ANSWERED");
        assertThat(details.audit())
                .filteredOn(line -> line.action().equals("FOLLOW_UP_ANSWERED"))
                .singleElement()
                .satisfies(line -> {
                    assertThat(line.actor()).isEqualTo("王先生");
                    assertThat(line.detail()).contains("NO", "4/10", "Still rattles");
                });
        // the case list carries the marker too
        var rows = signedIn.as(
                store.csManagerEmail(),
                () -> desk.find(
                        new CaseFilter(
                                null, null, false, null, null, store.store().id()),
                        0,
                        10));
        assertThat(rows)
                .singleElement()
                .satisfies(row -> assertThat(row.followUpAnswer()).isEqualTo(MadeRight.NO));
        assertThat(followUps.open(token)).isInstanceOf(FollowUpOpening.Unavailable.class);
        // a "no" reaches the customer-service manager who owns the case, once, and nobody else on the desk
        var told = TestMailServer.awaitMails(store.csManagerEmail(), 1, Duration.ofSeconds(20));
        assertThat(Mails.subject(told.getFirst()))
                .contains("[Follow-up]", "王先生", "not right yet", store.store().name());
        assertThat(Mails.text(told.getFirst()))
                .contains("4 of 10", "Still rattles", "RO-FU1", baseUrl() + "/cases/" + caseId);
        Awaitility.await()
                .during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(5))
                .until(() -> TestMailServer.receivedBy(store.csManagerEmail()).size() == 1);
        assertThat(TestMailServer.receivedBy(RecoveryFixtures.csEmail(store))).isEmpty();
    }

    @Test
    void a_second_answer_on_the_same_link_stores_nothing() {
        var store = fixtures.storeWithGeneralManager();
        var t0 = start();
        var caseId = openCase(store, "RO-FU2");
        close(store, caseId, true);
        clock.set(t0.plus(Duration.ofDays(10)));
        queue.queueDue();
        var token = token(awaitFollowUpMails(owner(store, "RO-FU2"), 1).getFirst());

        assertThat(followUps.answer(token, new FollowUpAnswer(MadeRight.YES, 9, "Thanks")))
                .isTrue();
        assertThat(followUps.answer(token, new FollowUpAnswer(MadeRight.NO, 1, "Changed my mind")))
                .isFalse();

        assertThat(jdbc.queryForMap(
                        "select made_right, satisfaction, answer_comment from recovery_follow_up "
                                + "where case_id = ?",
                        caseId))
                .containsEntry("made_right", "YES")
                .containsEntry("satisfaction", 9)
                .containsEntry("answer_comment", "Thanks");
        assertThat(auditActions(caseId))
                .filteredOn("FOLLOW_UP_ANSWERED"::equals)
                .hasSize(1);
        // a "yes" needs nobody's attention
        Awaitility.await()
                .during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(5))
                .until(() -> TestMailServer.receivedBy(store.csManagerEmail()).isEmpty());
    }

    @Test
    void two_answers_at_the_same_moment_store_one() throws Exception {
        var store = fixtures.storeWithGeneralManager();
        var t0 = start();
        var caseId = openCase(store, "RO-FU3");
        close(store, caseId, true);
        clock.set(t0.plus(Duration.ofDays(10)));
        queue.queueDue();
        var token = token(awaitFollowUpMails(owner(store, "RO-FU3"), 1).getFirst());

        var first = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> followUps.answer(token, new FollowUpAnswer(MadeRight.PARTLY, 6, null)));
        var second = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> followUps.answer(token, new FollowUpAnswer(MadeRight.PARTLY, 6, null)));

        assertThat(List.of(first.get(), second.get())).containsExactlyInAnyOrder(true, false);
        assertThat(auditActions(caseId))
                .filteredOn("FOLLOW_UP_ANSWERED"::equals)
                .hasSize(1);
    }

    @Test
    void a_case_closed_without_a_follow_up_mails_the_owner_nothing() {
        var store = fixtures.storeWithGeneralManager();
        var t0 = start();
        var caseId = openCase(store, "RO-FU4");
        close(store, caseId, false);

        clock.set(t0.plus(Duration.ofDays(11)));
        job.run();

        assertNoFollowUpMailFor(owner(store, "RO-FU4"));
        assertThat(jdbc.queryForObject(
                        "select count(*) from recovery_follow_up where case_id = ?", Integer.class, caseId))
                .isZero();
        assertThat(signedIn.as(
                        store.csManagerEmail(),
                        () -> desk.details(caseId).orElseThrow().followUp()))
                .isNull();
    }

    @Test
    void an_owner_who_opted_out_is_not_offered_a_follow_up_and_gets_none() {
        var store = fixtures.storeWithGeneralManager();
        var t0 = start();
        var caseId = openCase(store, "RO-FU5");
        invitations.optOutOwner(owner(store, "RO-FU5"));

        assertThat(signedIn.as(store.csManagerEmail(), () -> desk.followUpOffer(caseId)))
                .isEqualTo(FollowUpOffer.OPTED_OUT);
        work(store, caseId);
        assertThatThrownBy(() -> signedIn.run(
                        store.csManagerEmail(),
                        () -> desk.close(
                                caseId,
                                FollowUpOutcome.SATISFIED,
                                "Called back: fine",
                                List.of(testCauses.id("SQ.FIXED_FIRST_TIME")),
                                true)))
                .isInstanceOf(CaseRuleViolation.class)
                .hasMessage("recovery.followUp.error.OPTED_OUT");
        signedIn.run(
                store.csManagerEmail(),
                () -> desk.close(
                        caseId,
                        FollowUpOutcome.SATISFIED,
                        "Called back: fine",
                        List.of(testCauses.id("SQ.FIXED_FIRST_TIME")),
                        false));

        clock.set(t0.plus(Duration.ofDays(11)));
        job.run();
        assertNoFollowUpMailFor(owner(store, "RO-FU5"));
    }

    @Test
    void an_owner_who_opts_out_after_the_case_is_closed_gets_no_follow_up() {
        var store = fixtures.storeWithGeneralManager();
        var t0 = start();
        var caseId = openCase(store, "RO-FU6");
        close(store, caseId, true);
        clock.advance(Duration.ofDays(3));
        invitations.optOutOwner(owner(store, "RO-FU6"));

        clock.set(t0.plus(Duration.ofDays(10)));
        job.run();

        assertNoFollowUpMailFor(owner(store, "RO-FU6"));
        assertThat(followUpStatus(caseId)).isEqualTo("CANCELLED");
        assertThat(jdbc.queryForObject(
                        "select detail from recovery_case_audit where case_id = ? and action = ?",
                        String.class,
                        caseId,
                        "FOLLOW_UP_CANCELLED"))
                .isEqualTo("OPTED_OUT");
    }

    @Test
    void a_follow_up_that_fails_during_an_smtp_outage_is_sent_once_when_the_server_is_back() {
        var store = fixtures.storeWithGeneralManager();
        var t0 = start();
        var caseId = openCase(store, "RO-FU7");
        close(store, caseId, true);
        TestMailServer.stop();
        try {
            clock.set(t0.plus(Duration.ofDays(10)));
            job.run();
            Awaitility.await().pollDelay(Duration.ofSeconds(2)).until(() -> true);
            // the failed send rolled its mark back: the survey still waits to be mailed
            assertThat(followUpStatus(caseId)).isEqualTo("QUEUED");
        } finally {
            TestMailServer.restart();
        }
        // the outbox hands incomplete publications out again once they are old enough
        clock.advance(Duration.ofMinutes(1));
        job.run();

        awaitFollowUpMails(owner(store, "RO-FU7"), 1);
        Awaitility.await()
                .during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(5))
                .until(() -> followUpMails(owner(store, "RO-FU7")).size() == 1);
        assertThat(followUpStatus(caseId)).isEqualTo("SENT");
    }

    @Test
    void an_address_the_mail_server_refuses_for_good_stops_the_follow_up_instead_of_retrying_it() {
        var store = fixtures.storeWithGeneralManager();
        var t0 = start();
        var caseId = openCase(store, "RO-FU11");
        close(store, caseId, true);
        TestMailServer.stop();
        try (var refusing = RefusingSmtpServer.onTestMailPort("550 5.1.1 <gone@example.com>: unknown user")) {
            clock.set(t0.plus(Duration.ofDays(10)));
            job.run();
            Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> "CANCELLED".equals(followUpStatus(caseId)));
            assertThat(refusing.refusals()).isPositive();
        } finally {
            TestMailServer.restart();
        }
        // the listener completed: its publication is done, so the outbox does not try again
        var followUpId = jdbc.queryForObject("select id from recovery_follow_up where case_id = ?", UUID.class, caseId);
        assertThat(jdbc.queryForObject("""
                select count(*) from event_publication where completion_date is null
                and serialized_event like ?""", Integer.class, "%" + followUpId + "%"))
                .isZero();
        clock.advance(Duration.ofMinutes(1));
        assertNoFollowUpMailFor(owner(store, "RO-FU11"));
        assertThat(jdbc.queryForObject(
                        "select cancel_reason from recovery_follow_up where case_id = ?", String.class, caseId))
                .isEqualTo("UNDELIVERABLE");
        assertThat(auditActions(caseId)).contains("FOLLOW_UP_CANCELLED").doesNotContain("FOLLOW_UP_SENT");
    }

    @Test
    void the_job_does_nothing_while_another_instance_holds_its_lock() {
        var store = fixtures.storeWithGeneralManager();
        var t0 = start();
        var caseId = openCase(store, "RO-FU8");
        close(store, caseId, true);
        var otherInstance = locks.lock(new LockConfiguration(
                        Instant.now(), FollowUpJob.LOCK_NAME, Duration.ofMinutes(5), Duration.ZERO))
                .orElseThrow();
        try {
            clock.set(t0.plus(Duration.ofDays(10)));
            job.run();
            assertThat(followUpStatus(caseId)).isEqualTo("SCHEDULED");
        } finally {
            otherInstance.unlock();
        }

        job.run();

        assertThat(followUpStatus(caseId)).isIn("QUEUED", "SENT");
        awaitFollowUpMails(owner(store, "RO-FU8"), 1);
    }

    @Test
    void a_link_that_ran_out_or_was_never_made_opens_the_same_page_and_takes_no_answer() {
        var store = fixtures.storeWithGeneralManager();
        var t0 = start();
        var caseId = openCase(store, "RO-FU9");
        close(store, caseId, true);
        clock.set(t0.plus(Duration.ofDays(10)));
        queue.queueDue();
        var token = token(awaitFollowUpMails(owner(store, "RO-FU9"), 1).getFirst());

        clock.advance(Duration.ofDays(14));

        assertThat(followUps.open(token)).isEqualTo(followUps.open("no-such-link"));
        assertThat(followUps.answer(token, new FollowUpAnswer(MadeRight.YES, 8, null)))
                .isFalse();
        assertThat(followUpStatus(caseId)).isEqualTo("SENT");
    }

    @Test
    void the_one_click_unsubscribe_of_the_follow_up_mail_opts_the_owner_out_of_all_survey_mail() throws Exception {
        var store = fixtures.storeWithGeneralManager();
        var t0 = start();
        var caseId = openCase(store, "RO-FU10");
        close(store, caseId, true);
        clock.set(t0.plus(Duration.ofDays(10)));
        queue.queueDue();
        var mail = awaitFollowUpMails(owner(store, "RO-FU10"), 1).getFirst();
        var header = mail.getHeader("List-Unsubscribe")[0];
        var url = header.substring(1, header.length() - 1);
        assertThat(url).startsWith(baseUrl() + "/mail/follow-up-unsubscribe/");
        var token = url.substring(url.lastIndexOf('/') + 1);
        // the follow-up's own addresses are served by the one page and endpoint of every owner mail
        var get = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.discarding());
        assertThat(get.statusCode()).isEqualTo(303);
        assertThat(get.headers().firstValue("Location")).hasValue("/follow-up-unsubscribe/" + token);

        var response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url))
                                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(invitations.isOptedOut(owner(store, "RO-FU10"))).isTrue();
        var atSurveyAddress = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(baseUrl() + "/mail/unsubscribe/" + token))
                                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(atSurveyAddress.statusCode())
                .as("any owner mail's token at any unsubscribe address")
                .isEqualTo(200);
    }

    // ---- helpers

    private void close(TestStores.TestStore store, UUID caseId, boolean followUp) {
        work(store, caseId);
        signedIn.run(
                store.csManagerEmail(),
                () -> desk.close(
                        caseId,
                        FollowUpOutcome.SATISFIED,
                        "Called back: brakes fine now",
                        List.of(testCauses.id("SQ.FIXED_FIRST_TIME")),
                        followUp));
    }

    private void work(TestStores.TestStore store, UUID caseId) {
        signedIn.run(store.csManagerEmail(), () -> {
            desk.acknowledge(caseId);
            desk.recordStep(caseId, RecoveryStep.APOLOGY, "Apologised", null, null, null);
            desk.recordStep(caseId, RecoveryStep.FIX, "Brakes re-checked", null, null, null);
        });
    }

    static String owner(TestStores.TestStore store, String ro) {
        return "owner-" + ro + "-" + store.code() + "@example.com";
    }

    static List<MimeMessage> followUpMails(String owner) {
        return TestMailServer.receivedBy(owner).stream()
                .filter(mail -> Mails.subject(mail).contains(SUBJECT))
                .toList();
    }

    static List<MimeMessage> awaitFollowUpMails(String owner, int count) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> followUpMails(owner).size() >= count);
        return followUpMails(owner);
    }

    static String token(MimeMessage mail) {
        var matcher = LINK.matcher(Mails.text(mail));
        assertThat(matcher.find()).as("a follow-up link in " + Mails.text(mail)).isTrue();
        return matcher.group(1);
    }

    private static void assertNoFollowUpMailFor(String owner) {
        Awaitility.await()
                .during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(5))
                .until(() -> followUpMails(owner).isEmpty());
    }

    private String followUpStatus(UUID caseId) {
        return jdbc.queryForObject("select status from recovery_follow_up where case_id = ?", String.class, caseId);
    }

    private List<String> auditActions(UUID caseId) {
        return jdbc.queryForList(
                "select action from recovery_case_audit where case_id = ? order by position", String.class, caseId);
    }

    private Instant start() {
        var t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        clock.set(t0);
        return t0;
    }

    private UUID openCase(TestStores.TestStore store, String ro) {
        var alert = RecoveryCaseIT.alertFor(store, RecoveryFixtures.visit(baseUrl(), store, ro), AlertLevel.AMBER);
        new TransactionTemplate(transactionManager)
                .executeWithoutResult(status ->
                        AopTestUtils.<CaseOpening>getTargetObject(opening).on(alert));
        return jdbc.queryForObject("select id from recovery_case where alert_id = ?", UUID.class, alert.alertId());
    }
}
