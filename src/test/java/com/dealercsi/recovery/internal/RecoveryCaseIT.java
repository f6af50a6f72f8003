package com.dealercsi.recovery.internal;

import static com.dealercsi.recovery.RecoveryFixtures.answers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dealercsi.alerting.AlertLevel;
import com.dealercsi.alerting.AlertRaised;
import com.dealercsi.alerting.AlertRule;
import com.dealercsi.alerting.FiredRule;
import com.dealercsi.recovery.CaseAction;
import com.dealercsi.recovery.CaseFilter;
import com.dealercsi.recovery.CaseRuleViolation;
import com.dealercsi.recovery.CaseStatus;
import com.dealercsi.recovery.ContactChannel;
import com.dealercsi.recovery.ContactResult;
import com.dealercsi.recovery.FollowUpOutcome;
import com.dealercsi.recovery.RecoveryCases;
import com.dealercsi.recovery.RecoveryFixtures;
import com.dealercsi.recovery.RecoveryStep;
import com.dealercsi.support.IntegrationTest;
import com.dealercsi.support.SignedIn;
import com.dealercsi.support.TestCauses;
import com.dealercsi.support.TestStores;
import com.dealercsi.survey.Surveys;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.util.AopTestUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Cases opened from real answers, worked through the service as real staff, on the real database. */
class RecoveryCaseIT extends IntegrationTest {

    @Autowired
    TestCauses testCauses;

    @Autowired
    RecoveryFixtures fixtures;

    @Autowired
    TestStores stores;

    @Autowired
    Surveys surveys;

    @Autowired
    RecoveryCases desk;

    @Autowired
    CaseOpening opening;

    @Autowired
    SignedIn signedIn;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void a_red_answer_opens_one_case_owned_by_the_customer_service_manager_with_its_due_times() {
        var store = fixtures.storeWithGeneralManager();
        var token = RecoveryFixtures.invite(baseUrl(), store, "RO-RED");
        var t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        clock.set(t0);

        surveys.submit(
                token, com.dealercsi.survey.Questionnaires.STANDARD_VERSION, answers(3, 2, 4, "等了三个小时，要投诉", true));

        var row = awaitOneCase(store);
        assertThat(row.level()).isEqualTo(AlertLevel.RED);
        assertThat(row.status()).isEqualTo(CaseStatus.OPEN);
        assertThat(row.caseOwner()).isEqualTo("CS " + store.code());
        assertThat(row.advisorName()).isEqualTo("顾问 " + store.code());
        var details =
                signedIn.as(store.csManagerEmail(), () -> desk.details(row.id()).orElseThrow());
        assertThat(details.acknowledgeDue()).isEqualTo(t0.plus(Duration.ofHours(4)));
        assertThat(details.firstContactDue()).isEqualTo(t0.plus(Duration.ofHours(24)));
        assertThat(details.row().closeDue()).isEqualTo(t0.plus(Duration.ofHours(72)));
        assertThat(details.rules())
                .extracting(FiredRule::rule)
                .contains(AlertRule.LOW_OVERALL, AlertRule.COMPLAINT_KEYWORD);
        assertThat(details.visit().roNumber()).isEqualTo("RO-RED");
    }

    @Test
    void an_amber_answer_opens_an_amber_case_and_an_info_only_answer_opens_none() {
        var store = fixtures.storeWithGeneralManager();
        var amber = RecoveryFixtures.invite(baseUrl(), store, "RO-AMBER");
        var info = RecoveryFixtures.invite(baseUrl(), store, "RO-INFO");

        surveys.submit(info, com.dealercsi.survey.Questionnaires.STANDARD_VERSION, answers(9, 9, 9, null, true));
        surveys.submit(amber, com.dealercsi.survey.Questionnaires.STANDARD_VERSION, answers(5, 8, 8, null, false));

        var row = awaitOneCase(store);
        assertThat(row.level()).isEqualTo(AlertLevel.AMBER);
        // the info answer's alert is stored, but it never becomes a case
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> jdbc.queryForObject(
                                "select count(*) from alert where store_id = ?",
                                Integer.class,
                                store.store().id())
                        == 2);
        assertThat(countCases(store)).isEqualTo(1);
    }

    @Test
    void a_redelivered_alert_opens_no_second_case() {
        var store = fixtures.storeWithGeneralManager();
        var alert = alertFor(store, RecoveryFixtures.visit(baseUrl(), store, "RO-TWICE"), AlertLevel.RED);

        deliver(alert);
        deliver(alert);

        assertThat(countCases(store)).isEqualTo(1);
    }

    @Test
    void a_red_case_is_worked_from_acknowledgement_to_closing_and_every_change_is_audited() {
        var store = fixtures.storeWithGeneralManager();
        var caseId = openCase(store, AlertLevel.RED, "RO-WORK");
        var cs = store.csManagerEmail();

        signedIn.run(cs, () -> {
            desk.acknowledge(caseId);
            desk.logAttempt(caseId, ContactChannel.PHONE, ContactResult.REACHED, "Owner picked up");
            desk.recordStep(caseId, RecoveryStep.APOLOGY, "Apologised for the wait", null, null, null);
            desk.recordStep(caseId, RecoveryStep.FIX, "Brakes re-checked", "RO-WORK-2", null, null);
            desk.recordStep(caseId, RecoveryStep.EMPATHY, "Listened, agreed it was too long", null, null, null);
        });
        assertThat(signedIn.as(cs, () -> desk.details(caseId).orElseThrow().allowedActions()))
                .doesNotContain(CaseAction.CLOSE);
        assertThatThrownBy(() -> signedIn.run(
                        cs, () -> desk.close(caseId, FollowUpOutcome.SATISFIED, "ok", testCauses.waiting())))
                .isInstanceOf(CaseRuleViolation.class)
                .hasMessage("recovery.error.stepsMissing");
        signedIn.run(cs, () -> {
            desk.recordStep(
                    caseId,
                    RecoveryStep.ATONEMENT,
                    "Free car wash",
                    null,
                    "Car wash voucher",
                    new BigDecimal("120.00"));
            desk.close(
                    caseId, FollowUpOutcome.SATISFIED, "Called back after a week: happy again", testCauses.waiting());
        });

        var closed = signedIn.as(cs, () -> desk.details(caseId).orElseThrow());
        assertThat(closed.row().status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(closed.outcome()).isEqualTo(FollowUpOutcome.SATISFIED);
        assertThat(closed.firstContactAt()).isNotNull();
        assertThat(closed.step(RecoveryStep.FIX).newRoNumber()).isEqualTo("RO-WORK-2");
        assertThat(closed.step(RecoveryStep.ATONEMENT).atonementValueCny()).isEqualByComparingTo("120");
        assertThat(closed.step(RecoveryStep.FOLLOW_UP).note()).isEqualTo("Called back after a week: happy again");
        assertThat(jdbc.queryForList(
                        "select action from recovery_case_audit where case_id = ? order by position",
                        String.class,
                        caseId))
                .containsExactly(
                        "OPENED",
                        "ACKNOWLEDGED",
                        "ATTEMPT",
                        "IN_RECOVERY",
                        "STEP_APOLOGY",
                        "STEP_FIX",
                        "STEP_EMPATHY",
                        "STEP_ATONEMENT",
                        "CLOSED",
                        "CAUSES");
        assertThat(jdbc.queryForObject(
                        "select count(*) from recovery_case_audit where case_id = ? and actor = ?",
                        Integer.class,
                        caseId,
                        "CS " + store.code()))
                // every change after the opening, the causes named at closing included
                .isEqualTo(9);
    }

    @Test
    void a_mild_amber_case_closes_after_apology_and_fix_with_the_owner_still_unhappy() {
        var store = fixtures.storeWithGeneralManager();
        var caseId = openCase(store, AlertLevel.AMBER, "RO-MILD");

        signedIn.run(RecoveryFixtures.csEmail(store), () -> {
            desk.acknowledge(caseId);
            desk.recordStep(caseId, RecoveryStep.APOLOGY, "Sorry", null, null, null);
            desk.recordStep(caseId, RecoveryStep.FIX, "Cleaned the car", null, null, null);
            desk.close(
                    caseId,
                    FollowUpOutcome.STILL_UNHAPPY,
                    "Still annoyed about the dirt",
                    List.of(testCauses.id("VP.CAR_CLEAN")));
        });

        assertThat(jdbc.queryForMap("select status, outcome from recovery_case where id = ?", caseId))
                .containsEntry("status", "CLOSED")
                .containsEntry("outcome", "STILL_UNHAPPY");
    }

    @Test
    void three_unsuccessful_attempts_let_the_case_close_as_unreachable() {
        var store = fixtures.storeWithGeneralManager();
        var caseId = openCase(store, AlertLevel.RED, "RO-GONE");
        var cs = RecoveryFixtures.csEmail(store);

        signedIn.run(cs, () -> {
            desk.logAttempt(caseId, ContactChannel.PHONE, ContactResult.NO_ANSWER, "");
            desk.logAttempt(caseId, ContactChannel.PHONE, ContactResult.BUSY, "");
        });
        assertThatThrownBy(() -> signedIn.run(cs, () -> desk.closeUnreachable(caseId)))
                .hasMessage("recovery.error.notEnoughAttempts");
        signedIn.run(cs, () -> {
            desk.logAttempt(caseId, ContactChannel.SMS, ContactResult.NO_ANSWER, "Sent an SMS too");
            desk.closeUnreachable(caseId);
        });

        var details = signedIn.as(cs, () -> desk.details(caseId).orElseThrow());
        assertThat(details.row().status()).isEqualTo(CaseStatus.CLOSED_UNREACHABLE);
        assertThat(details.attempts())
                .extracting(a -> a.result())
                .containsExactly(ContactResult.NO_ANSWER, ContactResult.BUSY, ContactResult.NO_ANSWER);
        assertThat(jdbc.queryForObject(
                        "select count(*) from recovery_contact_attempt where case_id = ?", Integer.class, caseId))
                .isEqualTo(3);
    }

    @Test
    void a_manager_reassigns_a_case_but_a_specialist_may_not() {
        var store = fixtures.storeWithGeneralManager();
        var caseId = openCase(store, AlertLevel.RED, "RO-MOVE");
        var specialist = signedIn
                .as(
                        store.managerEmail(),
                        () -> desk.possibleOwners(store.store().id()))
                .stream()
                .filter(s -> s.email().equalsIgnoreCase(RecoveryFixtures.csEmail(store)))
                .findFirst()
                .orElseThrow();

        assertThatThrownBy(() ->
                        signedIn.run(RecoveryFixtures.csEmail(store), () -> desk.reassign(caseId, specialist.id())))
                .isInstanceOf(AccessDeniedException.class);
        signedIn.run(store.managerEmail(), () -> desk.reassign(caseId, specialist.id()));

        var mine = signedIn.as(
                store.managerEmail(),
                () -> desk.find(new CaseFilter(null, null, false, specialist.id(), null, null), 0, 50));
        assertThat(mine).extracting(row -> row.id()).containsExactly(caseId);
        assertThat(mine.getFirst().caseOwner()).isEqualTo("专员 " + store.code());
    }

    @Test
    void staff_of_another_store_neither_see_nor_change_a_case_and_advisors_cannot_use_the_desk() {
        var store = fixtures.storeWithGeneralManager();
        var other = stores.create();
        var caseId = openCase(store, AlertLevel.RED, "RO-PRIVATE");

        assertThat(signedIn.as(other.csManagerEmail(), () -> desk.details(caseId)))
                .isEmpty();
        assertThat(signedIn.as(other.csManagerEmail(), () -> desk.count(CaseFilter.ALL)))
                .isZero();
        assertThatThrownBy(() -> signedIn.run(other.csManagerEmail(), () -> desk.acknowledge(caseId)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(
                        () -> signedIn.run("advisor-" + store.code() + "@test.local", () -> desk.count(CaseFilter.ALL)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject("select status from recovery_case where id = ?", String.class, caseId))
                .isEqualTo("OPEN");
    }

    @Test
    void the_list_filters_by_status_level_overdue_and_advisor() {
        var store = fixtures.storeWithGeneralManager();
        var t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        clock.set(t0);
        var red = openCase(store, AlertLevel.RED, "RO-F1");
        var amber = openCase(store, AlertLevel.AMBER, "RO-F2");
        var cs = store.csManagerEmail();
        signedIn.run(cs, () -> desk.acknowledge(amber));
        clock.advance(Duration.ofHours(5));

        assertThat(ids(
                        cs,
                        new CaseFilter(
                                CaseStatus.OPEN,
                                null,
                                false,
                                null,
                                null,
                                store.store().id())))
                .containsExactly(red);
        assertThat(ids(cs, new CaseFilter(null, AlertLevel.AMBER, false, null, null, null)))
                .containsExactly(amber);
        // five hours on, the red case missed its acknowledgement; the acknowledged one is not yet late
        assertThat(ids(cs, new CaseFilter(null, null, true, null, null, null))).containsExactly(red);
        assertThat(signedIn.as(cs, () -> desk.find(CaseFilter.ALL, 0, 10)))
                .filteredOn(row -> row.id().equals(red))
                .singleElement()
                .satisfies(row -> assertThat(row.late()).isTrue());
        assertThat(ids(cs, new CaseFilter(null, null, false, null, "顾问 " + store.code(), null)))
                .containsExactlyInAnyOrder(red, amber);
        assertThat(ids(cs, new CaseFilter(null, null, false, null, "nobody of that name", null)))
                .isEmpty();
    }

    private List<UUID> ids(String email, CaseFilter filter) {
        return signedIn.as(email, () -> desk.find(filter, 0, 50)).stream()
                .map(row -> row.id())
                .toList();
    }

    private com.dealercsi.recovery.CaseRow awaitOneCase(TestStores.TestStore store) {
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> countCases(store) == 1);
        var rows = signedIn.as(store.csManagerEmail(), () -> desk.find(CaseFilter.ALL, 0, 10));
        assertThat(rows).hasSize(1);
        return rows.getFirst();
    }

    private int countCases(TestStores.TestStore store) {
        return jdbc.queryForObject(
                "select count(*) from recovery_case where store_id = ?",
                Integer.class,
                store.store().id());
    }

    /** A case for a real visit, opened the way an alert opens it. */
    UUID openCase(TestStores.TestStore store, AlertLevel level, String ro) {
        var alert = alertFor(store, RecoveryFixtures.visit(baseUrl(), store, ro), level);
        deliver(alert);
        return jdbc.queryForObject("select id from recovery_case where alert_id = ?", UUID.class, alert.alertId());
    }

    /** Delivers the event as the outbox would, but synchronously, so the test knows when it is done. */
    void deliver(AlertRaised alert) {
        new TransactionTemplate(transactionManager)
                .executeWithoutResult(status ->
                        AopTestUtils.<CaseOpening>getTargetObject(opening).on(alert));
    }

    static AlertRaised alertFor(TestStores.TestStore store, UUID visitId, AlertLevel level) {
        return new AlertRaised(
                UUID.randomUUID(),
                UUID.randomUUID(),
                visitId,
                store.store().id(),
                level,
                List.of(new FiredRule(AlertRule.LOW_NPS, level, "NPS 3")));
    }
}
