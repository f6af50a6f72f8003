package com.dealercsi.recovery.internal;

import static com.dealercsi.recovery.RecoveryFixtures.answers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.dealercsi.recovery.CauseReport;
import com.dealercsi.recovery.CauseReportFilter;
import com.dealercsi.recovery.CauseReports;
import com.dealercsi.recovery.FollowUpAnswer;
import com.dealercsi.recovery.FollowUpOutcome;
import com.dealercsi.recovery.FollowUps;
import com.dealercsi.recovery.MadeRight;
import com.dealercsi.recovery.RecoveryCases;
import com.dealercsi.recovery.RecoveryFixtures;
import com.dealercsi.recovery.RecoveryStep;
import com.dealercsi.support.IntegrationTest;
import com.dealercsi.support.SignedIn;
import com.dealercsi.support.TestCauses;
import com.dealercsi.support.TestStores;
import com.dealercsi.survey.Questionnaires;
import com.dealercsi.survey.Surveys;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * The cause report and the recovery rate on real answers, worked out by hand. Store A has two red cases:
 * <ul>
 * <li>RO-L1: every item rated 4 → CSI 400, OS 3; closed with "waiting" → 600 lost points to waiting. Its owner
 * answers the follow-up "yes, made right", satisfaction 8 → change +5.
 * <li>RO-L2: every item rated 7 → CSI 700, OS 5; closed with "waiting" and "charges" → 150 each. No follow-up.
 * </ul>
 * Waiting 750, charges 150, total 900: shares 5/6 and 1/6. Recovery rate: 2 closed, 1 answered, 1 made right.
 */
class CauseReportsIT extends IntegrationTest {

    static TestStores.TestStore storeA;
    static TestStores.TestStore storeB;
    static YearMonth month;

    @Autowired
    RecoveryFixtures fixtures;

    @Autowired
    TestStores stores;

    @Autowired
    TestCauses causes;

    @Autowired
    Surveys surveys;

    @Autowired
    RecoveryCases desk;

    @Autowired
    CauseReports reports;

    @Autowired
    FollowUpQueue queue;

    @Autowired
    FollowUps followUps;

    @Autowired
    SignedIn signedIn;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void twoClosedCases() {
        if (storeA != null) {
            return;
        }
        storeA = fixtures.storeWithGeneralManager();
        storeB = fixtures.storeWithGeneralManager();
        var t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        clock.set(t0);
        month = YearMonth.from(t0.atZone(ZoneId.of("Asia/Shanghai")));
        var first = redCase(storeA, "RO-L1", answers(4, 3, 4, "等了三个小时", true));
        var second = redCase(storeA, "RO-L2", answers(7, 5, 6, "费用没说清楚", true));
        var cs = storeA.csManagerEmail();
        signedIn.run(cs, () -> {
            work(first);
            desk.close(first, FollowUpOutcome.SATISFIED, "Happy again", causes.waiting(), true);
            work(second);
            desk.close(
                    second,
                    FollowUpOutcome.SATISFIED,
                    "Explained the bill",
                    List.of(causes.id("SI.WAITING"), causes.id("SA.CHARGES_EXPLAINED")),
                    false);
        });
        clock.set(t0.plus(Duration.ofDays(10)));
        queue.queueDue();
        var mail = FollowUpIT.awaitFollowUpMails(FollowUpIT.owner(storeA, "RO-L1"), 1)
                .getFirst();
        assertThat(followUps.answer(FollowUpIT.token(mail), new FollowUpAnswer(MadeRight.YES, 8, null)))
                .isTrue();
        clock.set(t0);
    }

    @Test
    void a_cause_gets_its_cases_and_its_share_of_the_lost_points_split_evenly_per_case() {
        var report =
                signedIn.as(storeA.managerEmail(), () -> reports.report(new CauseReportFilter(month, month, null)));

        assertThat(report.cases()).isEqualTo(2);
        assertThat(report.lostPoints()).isCloseTo(900.0, within(1e-6));
        var waiting = line(report, "SI.WAITING");
        var charges = line(report, "SA.CHARGES_EXPLAINED");
        assertThat(waiting.cases()).isEqualTo(2);
        assertThat(waiting.lostPoints()).isCloseTo(750.0, within(1e-6));
        assertThat(waiting.share()).isCloseTo(5.0 / 6, within(1e-9));
        assertThat(charges.cases()).isEqualTo(1);
        assertThat(charges.share()).isCloseTo(1.0 / 6, within(1e-9));
        assertThat(report.causes().getFirst().cause().code()).isEqualTo("SI.WAITING");
        assertThat(report.byStore())
                .extracting(CauseReport.GroupCount::group)
                .containsOnly(storeA.store().name());
        assertThat(report.byAdvisor()).extracting(CauseReport.GroupCount::group).containsOnly("顾问 " + storeA.code());
        assertThat(report.byMonth())
                .filteredOn(row -> row.cause().code().equals("SI.WAITING"))
                .singleElement()
                .satisfies(row -> {
                    assertThat(row.month()).isEqualTo(month);
                    assertThat(row.cases()).isEqualTo(2);
                });
    }

    @Test
    void the_recovery_rate_counts_made_right_among_answered_and_the_change_in_satisfaction() {
        var today = clock.instant().atZone(ZoneId.of("Asia/Shanghai")).toLocalDate();
        var rates = signedIn.as(
                storeA.managerEmail(),
                () -> reports.recoveryRates(List.of(storeA.store().id()), today.minusDays(1), today));

        assertThat(rates.total().closed()).isEqualTo(2);
        assertThat(rates.total().answered()).isEqualTo(1);
        assertThat(rates.total().madeRightShare()).isEqualTo(1.0);
        assertThat(rates.total().averageChange()).isEqualTo(5.0);
        assertThat(rates.byStore())
                .singleElement()
                .satisfies(byStore -> assertThat(byStore.store().id())
                        .isEqualTo(storeA.store().id()));
        var byCharges = rates.byCause().stream()
                .filter(line -> line.cause().code().equals("SA.CHARGES_EXPLAINED"))
                .findFirst()
                .orElseThrow();
        assertThat(byCharges.rate().closed()).isEqualTo(1);
        assertThat(byCharges.rate().madeRightShare()).isNull();
    }

    @Test
    void a_manager_of_another_store_sees_none_of_it_even_when_asking_for_the_store() {
        var report = signedIn.as(
                storeB.managerEmail(),
                () -> reports.report(
                        new CauseReportFilter(month, month, storeA.store().id())));
        var today = clock.instant().atZone(ZoneId.of("Asia/Shanghai")).toLocalDate();
        var rates = signedIn.as(
                storeB.managerEmail(),
                () -> reports.recoveryRates(List.of(storeA.store().id()), today, today));

        assertThat(report.cases()).isZero();
        assertThat(rates.total().closed()).isZero();
    }

    @Test
    void advisors_read_neither_and_customer_service_reads_only_the_recovery_rate() {
        var today = clock.instant().atZone(ZoneId.of("Asia/Shanghai")).toLocalDate();
        var advisor = "advisor-" + storeA.code() + "@test.local";

        assertThatThrownBy(() -> signedIn.as(advisor, () -> reports.report(new CauseReportFilter(month, month, null))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn.as(advisor, () -> reports.recoveryRates(List.of(), today, today)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(signedIn.as(advisor, () -> reports.mayReadRecoveryRates())).isFalse();
        var specialist = RecoveryFixtures.csEmail(storeA);
        assertThatThrownBy(
                        () -> signedIn.as(specialist, () -> reports.report(new CauseReportFilter(month, month, null))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(signedIn.as(
                        specialist,
                        () -> reports.recoveryRates(List.of(), today, today)
                                .total()
                                .closed()))
                .isEqualTo(2);
    }

    @Test
    void the_case_keeps_the_scores_of_its_answer_and_shows_its_causes() {
        var caseId = jdbc.queryForObject(
                "select c.id from recovery_case c join visit v on v.id = c.visit_id where v.ro_number = ? "
                        + "and c.store_id = ?",
                UUID.class,
                "RO-L2",
                storeA.store().id());
        var kept = jdbc.queryForMap("select answer_csi, answer_overall from recovery_case where id = ?", caseId);
        var details =
                signedIn.as(storeA.csManagerEmail(), () -> desk.details(caseId).orElseThrow());

        assertThat(((Number) kept.get("answer_csi")).doubleValue()).isEqualTo(700.0);
        assertThat(((Number) kept.get("answer_overall")).intValue()).isEqualTo(5);
        assertThat(details.causes())
                .extracting(cause -> cause.code())
                .containsExactly("SI.WAITING", "SA.CHARGES_EXPLAINED");
        assertThat(details.audit()).extracting(line -> line.action()).contains("CAUSES");
    }

    private UUID redCase(TestStores.TestStore store, String ro, com.dealercsi.survey.SurveyAnswers answers) {
        var token = RecoveryFixtures.invite(baseUrl(), store, ro);
        surveys.submit(token, Questionnaires.STANDARD_VERSION, answers);
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> jdbc.queryForObject(
                                "select count(*) from recovery_case c join visit v on v.id = c.visit_id "
                                        + "where v.ro_number = ? and c.store_id = ?",
                                Integer.class,
                                ro,
                                store.store().id())
                        == 1);
        return jdbc.queryForObject(
                "select c.id from recovery_case c join visit v on v.id = c.visit_id where v.ro_number = ? "
                        + "and c.store_id = ?",
                UUID.class,
                ro,
                store.store().id());
    }

    private void work(UUID caseId) {
        desk.acknowledge(caseId);
        desk.recordStep(caseId, RecoveryStep.APOLOGY, "Apologised", null, null, null);
        desk.recordStep(caseId, RecoveryStep.FIX, "Fixed", null, null, null);
        desk.recordStep(caseId, RecoveryStep.EMPATHY, "Listened", null, null, null);
        desk.recordStep(caseId, RecoveryStep.ATONEMENT, "Voucher", null, "Wash", new BigDecimal("50"));
    }

    private static CauseReport.CauseLine line(CauseReport report, String code) {
        return report.causes().stream()
                .filter(line -> line.cause().code().equals(code))
                .findFirst()
                .orElseThrow();
    }
}
