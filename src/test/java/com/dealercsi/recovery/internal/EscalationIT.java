package com.dealercsi.recovery.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealercsi.alerting.AlertLevel;
import com.dealercsi.recovery.FollowUpOutcome;
import com.dealercsi.recovery.RecoveryCases;
import com.dealercsi.recovery.RecoveryFixtures;
import com.dealercsi.recovery.RecoveryStep;
import com.dealercsi.support.IntegrationTest;
import com.dealercsi.support.Mails;
import com.dealercsi.support.SignedIn;
import com.dealercsi.support.TestCauses;
import com.dealercsi.support.TestMailServer;
import com.dealercsi.support.TestStores;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.util.AopTestUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The escalation timer, driven by moving the app's clock and calling the job; nothing sleeps for 4 hours. */
class EscalationIT extends IntegrationTest {

    @Autowired
    TestCauses testCauses;

    @Autowired
    RecoveryFixtures fixtures;

    @Autowired
    CaseOpening opening;

    @Autowired
    Escalations escalations;

    @Autowired
    EscalationJob job;

    @Autowired
    LockProvider locks;

    @Autowired
    RecoveryCases desk;

    @Autowired
    SignedIn signedIn;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    EscalationMailer mailer;

    @Test
    void a_case_not_acknowledged_within_four_hours_mails_the_general_manager_once() {
        var store = fixtures.storeWithGeneralManager();
        var t0 = start();
        var caseId = openCase(store, AlertLevel.RED, "RO-ESC1");

        clock.set(t0.plus(Duration.ofHours(4)).minusSeconds(1));
        escalations.escalateBreaches();
        clock.set(t0.plus(Duration.ofHours(4)));
        escalations.escalateBreaches();
        clock.advance(Duration.ofMinutes(30));
        escalations.escalateBreaches();

        var mail = TestMailServer.awaitMails(RecoveryFixtures.gmEmail(store), 1, Duration.ofSeconds(20))
                .getFirst();
        assertThat(Mails.subject(mail))
                .contains("[Escalation] Not acknowledged in time", store.store().name(), "王先生");
        assertThat(Mails.text(mail)).contains("RO-ESC1", "CS " + store.code(), "Open", baseUrl() + "/cases/" + caseId);
        Awaitility.await()
                .during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(5))
                .until(() -> TestMailServer.receivedBy(RecoveryFixtures.gmEmail(store))
                                .size()
                        == 1);
        // escalation goes up, not to the managers who already had the alert
        assertThat(TestMailServer.receivedBy(store.csManagerEmail())).isEmpty();
        assertThat(auditActions(caseId)).containsExactly("OPENED", "ESCALATED_ACKNOWLEDGE");
    }

    @Test
    void an_acknowledged_case_not_closed_by_its_due_time_escalates_once_for_that() {
        var store = fixtures.storeWithGeneralManager();
        var t0 = start();
        var caseId = openCase(store, AlertLevel.AMBER, "RO-ESC2");
        signedIn.run(store.csManagerEmail(), () -> desk.acknowledge(caseId));

        clock.set(t0.plus(Duration.ofHours(71)));
        escalations.escalateBreaches();
        assertThat(auditActions(caseId)).doesNotContain("ESCALATED_CLOSE", "ESCALATED_ACKNOWLEDGE");
        clock.set(t0.plus(Duration.ofHours(72)));
        escalations.escalateBreaches();
        clock.advance(Duration.ofHours(1));
        escalations.escalateBreaches();

        var mail = TestMailServer.awaitMails(RecoveryFixtures.gmEmail(store), 1, Duration.ofSeconds(20))
                .getFirst();
        assertThat(Mails.subject(mail)).contains("Not closed in time");
        Awaitility.await()
                .during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(5))
                .until(() -> TestMailServer.receivedBy(RecoveryFixtures.gmEmail(store))
                                .size()
                        == 1);
        assertThat(auditActions(caseId)).containsExactly("OPENED", "ACKNOWLEDGED", "ESCALATED_CLOSE");
    }

    @Test
    void a_case_that_misses_both_due_times_escalates_twice_and_a_closed_one_never() {
        var store = fixtures.storeWithGeneralManager();
        var t0 = start();
        var late = openCase(store, AlertLevel.RED, "RO-ESC3");
        var done = openCase(store, AlertLevel.AMBER, "RO-ESC4");
        signedIn.run(store.csManagerEmail(), () -> {
            desk.acknowledge(done);
            desk.recordStep(done, RecoveryStep.APOLOGY, "Sorry", null, null, null);
            desk.recordStep(done, RecoveryStep.FIX, "Fixed", null, null, null);
            desk.close(done, FollowUpOutcome.SATISFIED, "Fine now", testCauses.waiting());
        });

        clock.set(t0.plus(Duration.ofDays(4)));
        escalations.escalateBreaches();
        escalations.escalateBreaches();

        var mails = TestMailServer.awaitMails(RecoveryFixtures.gmEmail(store), 2, Duration.ofSeconds(20));
        assertThat(mails)
                .extracting(Mails::text)
                .allSatisfy(text -> assertThat(text)
                        .contains("RO-ESC3")
                        .as("only the late case")
                        .doesNotContain("RO-ESC4"));
        assertThat(mails)
                .extracting(Mails::subject)
                .anySatisfy(s -> assertThat(s).contains("Not acknowledged"))
                .anySatisfy(s -> assertThat(s).contains("Not closed"));
        assertThat(auditActions(late)).contains("ESCALATED_ACKNOWLEDGE", "ESCALATED_CLOSE");
        assertThat(auditActions(done)).doesNotContain("ESCALATED_ACKNOWLEDGE", "ESCALATED_CLOSE");
    }

    @Test
    void the_job_does_nothing_while_another_instance_holds_its_lock() {
        var store = fixtures.storeWithGeneralManager();
        var t0 = start();
        var caseId = openCase(store, AlertLevel.RED, "RO-LOCK");
        // another instance has the job's lock, as ShedLock's row in the shared database says
        var otherInstance = locks.lock(new LockConfiguration(
                        Instant.now(), EscalationJob.LOCK_NAME, Duration.ofMinutes(5), Duration.ZERO))
                .orElseThrow();
        try {
            clock.set(t0.plus(Duration.ofHours(5)));
            job.run();
            assertThat(escalatedAt(caseId)).isNull();
        } finally {
            otherInstance.unlock();
        }

        job.run();

        assertThat(escalatedAt(caseId)).isNotNull();
        TestMailServer.awaitMails(RecoveryFixtures.gmEmail(store), 1, Duration.ofSeconds(20));
    }

    @Test
    void an_escalation_mail_that_fails_during_an_smtp_outage_is_sent_when_the_server_is_back() {
        var store = fixtures.storeWithGeneralManager();
        var t0 = start();
        openCase(store, AlertLevel.RED, "RO-OUTAGE");
        TestMailServer.stop();
        try {
            clock.set(t0.plus(Duration.ofHours(4)));
            escalations.escalateBreaches();
            Awaitility.await().pollDelay(Duration.ofSeconds(2)).until(() -> true);
        } finally {
            TestMailServer.restart();
        }
        // the outbox hands incomplete publications out again once they are old enough
        clock.advance(Duration.ofMinutes(1));

        var mails = TestMailServer.awaitMails(RecoveryFixtures.gmEmail(store), 1, Duration.ofSeconds(30));
        assertThat(mails).hasSize(1);
    }

    @Test
    void an_escalation_mail_handed_out_twice_reaches_the_general_manager_once() {
        var store = fixtures.storeWithGeneralManager();
        start();
        var caseId = openCase(store, AlertLevel.RED, "RO-TWICE");
        var due = new EscalationMailDue(
                caseId,
                com.dealercsi.recovery.Breach.NOT_ACKNOWLEDGED,
                RecoveryFixtures.gmEmail(store),
                com.dealercsi.shared.Language.EN);

        deliver(due);
        deliver(due);

        TestMailServer.awaitMails(RecoveryFixtures.gmEmail(store), 1, Duration.ofSeconds(10));
        Awaitility.await()
                .during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(5))
                .until(() -> TestMailServer.receivedBy(RecoveryFixtures.gmEmail(store))
                                .size()
                        == 1);
    }

    private void deliver(EscalationMailDue due) {
        new TransactionTemplate(transactionManager)
                .executeWithoutResult(status ->
                        AopTestUtils.<EscalationMailer>getTargetObject(mailer).on(due));
    }

    private Instant start() {
        var t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        clock.set(t0);
        return t0;
    }

    private Instant escalatedAt(UUID caseId) {
        return jdbc.queryForObject(
                "select acknowledge_escalated_at from recovery_case where id = ?", Instant.class, caseId);
    }

    private List<String> auditActions(UUID caseId) {
        return jdbc.queryForList(
                "select action from recovery_case_audit where case_id = ? order by position", String.class, caseId);
    }

    private UUID openCase(TestStores.TestStore store, AlertLevel level, String ro) {
        var alert = RecoveryCaseIT.alertFor(store, RecoveryFixtures.visit(baseUrl(), store, ro), level);
        new TransactionTemplate(transactionManager)
                .executeWithoutResult(status ->
                        AopTestUtils.<CaseOpening>getTargetObject(opening).on(alert));
        return jdbc.queryForObject("select id from recovery_case where alert_id = ?", UUID.class, alert.alertId());
    }
}
