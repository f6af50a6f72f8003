package com.dealercsi.recovery.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dealercsi.admin.Role;
import com.dealercsi.alerting.AlertLevel;
import com.dealercsi.recovery.CaseFigures;
import com.dealercsi.recovery.ContactChannel;
import com.dealercsi.recovery.ContactResult;
import com.dealercsi.recovery.FollowUpOutcome;
import com.dealercsi.recovery.RecoveryCases;
import com.dealercsi.recovery.RecoveryFixtures;
import com.dealercsi.recovery.RecoveryStep;
import com.dealercsi.reporting.DashboardFilter;
import com.dealercsi.reporting.Dashboards;
import com.dealercsi.reporting.Granularity;
import com.dealercsi.support.IntegrationTest;
import com.dealercsi.support.ReportingData;
import com.dealercsi.support.SignedIn;
import com.dealercsi.support.TestCauses;
import com.dealercsi.support.TestStores;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.util.AopTestUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Case figures for dashboards (decision 0032), against counts worked out by hand. The week is 6–12 April 2026
 * in Shanghai, T = its start; due times are 4 h (acknowledge), 24 h (first contact), 72 h (close):
 * <ul>
 * <li>c1 red, opened T−1d, never touched: open and overdue at the end of both weeks;
 * <li>c2 amber, opened T+1d, reached at +1h, closed T+2d: closed in time;
 * <li>c3 amber, opened T+2d, reached at +1h, still open at T+7d, past its close-by time T+5d: overdue;
 * <li>c4 amber, opened T+6d, reached at +1h: open, not overdue;
 * <li>c5 amber, opened T+3d, reached at +1h, closed T+6d+1h, after its close-by time T+6d: closed late;
 * <li>c6 amber, opened T+8d: outside both weeks.
 * </ul>
 * This week: opened 4 (c2–c5), open 3 (c1, c3, c4), overdue 2 (c1, c3), closed 2, in time 1 (50 %).
 * The week before: opened 1, open 1, overdue 1 (c1's acknowledgement was due at T−1d+4h), closed 0.
 */
class CaseFiguresIT extends IntegrationTest {

    static final Instant T = Instant.parse("2026-04-05T16:00:00Z");
    static final LocalDate MONDAY = LocalDate.of(2026, 4, 6);

    static TestStores.TestStore store;

    @Autowired
    TestCauses testCauses;

    @Autowired
    RecoveryFixtures fixtures;

    @Autowired
    RecoveryCases desk;

    @Autowired
    Dashboards dashboards;

    @Autowired
    CaseOpening opening;

    @Autowired
    SignedIn signedIn;

    @Autowired
    ReportingData data;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    @BeforeEach
    void cases() {
        if (store != null) {
            return;
        }
        store = fixtures.storeWithGeneralManager();
        var cs = store.csManagerEmail();
        at(T.minus(days(1)));
        openCase(AlertLevel.RED, "RO-C1");
        at(T.plus(days(1)));
        var c2 = openCase(AlertLevel.AMBER, "RO-C2");
        at(T.plus(days(1)).plus(hours(1)));
        signedIn.run(cs, () -> reachAndStart(c2));
        at(T.plus(days(2)));
        signedIn.run(cs, () -> desk.close(c2, FollowUpOutcome.SATISFIED, "Happy now", testCauses.waiting()));
        var c3 = openCase(AlertLevel.AMBER, "RO-C3");
        at(T.plus(days(2)).plus(hours(1)));
        signedIn.run(cs, () -> reachAndStart(c3));
        at(T.plus(days(3)));
        var c5 = openCase(AlertLevel.AMBER, "RO-C5");
        at(T.plus(days(3)).plus(hours(1)));
        signedIn.run(cs, () -> reachAndStart(c5));
        at(T.plus(days(6)));
        var c4 = openCase(AlertLevel.AMBER, "RO-C4");
        at(T.plus(days(6)).plus(hours(1)));
        signedIn.run(cs, () -> {
            desk.logAttempt(c4, ContactChannel.PHONE, ContactResult.REACHED, "Called");
            desk.close(c5, FollowUpOutcome.SATISFIED, "Late but happy", testCauses.waiting());
        });
        at(T.plus(days(8)));
        openCase(AlertLevel.AMBER, "RO-C6");
        at(T.plus(days(30)));
    }

    @Test
    void the_week_counts_opened_open_overdue_and_closed_in_time_cases() {
        var week = signedIn.as(
                store.csManagerEmail(), () -> desk.figures(List.of(store.store().id()), T, T.plus(days(7))));

        assertThat(week).isEqualTo(new CaseFigures(4, 3, 2, 2, 1));
        assertThat(week.closedInTimeRate()).isEqualTo(50.0);
    }

    @Test
    void the_dashboard_shows_the_cases_against_the_week_before_in_the_stores_calendar() {
        var dashboard = signedIn.as(
                store.managerEmail(),
                () -> dashboards.dashboard(new DashboardFilter(
                        MONDAY, MONDAY.plusDays(6), Set.of(store.store().id()), Granularity.WEEK, null)));

        assertThat(dashboard.current().cases()).isEqualTo(new CaseFigures(4, 3, 2, 2, 1));
        assertThat(dashboard.previous().cases()).isEqualTo(new CaseFigures(1, 1, 1, 0, 0));
        assertThat(dashboard.previous().cases().closedInTimeRate()).isNull();
    }

    @Test
    void a_period_that_has_not_ended_counts_open_cases_as_they_stand_now() {
        // at T+3d+1h: c1 (overdue), c3 (reached, due T+5d) and c5 (just opened) are open; c2 is closed
        at(T.plus(days(3)).plus(hours(1)));

        var week = signedIn.as(
                store.csManagerEmail(), () -> desk.figures(List.of(store.store().id()), T, T.plus(days(7))));

        assertThat(week.open()).isEqualTo(3);
        assertThat(week.overdue()).isEqualTo(1);
        at(T.plus(days(30)));
    }

    @Test
    void another_stores_manager_counts_nothing_and_an_advisor_sees_no_cases() {
        var other = fixtures.storeWithGeneralManager();
        var advisor = "advisor-cases-" + store.code() + "@test.local";
        data.addStaff(
                "顾问 " + store.code(),
                advisor,
                "SC-" + store.code(),
                Set.of(Role.ADVISOR),
                Set.of(store.store().id()));

        var foreign = signedIn.as(
                other.managerEmail(), () -> desk.figures(List.of(store.store().id()), T, T.plus(days(7))));
        assertThat(foreign).isEqualTo(CaseFigures.NONE);
        assertThatThrownBy(() -> signedIn.run(
                        advisor, () -> desk.figures(List.of(store.store().id()), T, T.plus(days(7)))))
                .isInstanceOf(AccessDeniedException.class);
        var advisorView = signedIn.as(
                advisor,
                () -> dashboards.dashboard(
                        new DashboardFilter(MONDAY, MONDAY.plusDays(6), Set.of(), Granularity.WEEK, null)));
        assertThat(advisorView.ownResultsOnly()).isTrue();
        assertThat(advisorView.current().cases()).isNull();
    }

    private void reachAndStart(UUID caseId) {
        desk.logAttempt(caseId, ContactChannel.PHONE, ContactResult.REACHED, "Called");
        desk.recordStep(caseId, RecoveryStep.APOLOGY, "Sorry", null, null, null);
        desk.recordStep(caseId, RecoveryStep.FIX, "Fixed", null, null, null);
    }

    private UUID openCase(AlertLevel level, String ro) {
        var alert = RecoveryCaseIT.alertFor(store, RecoveryFixtures.visit(baseUrl(), store, ro), level);
        new TransactionTemplate(transactionManager)
                .executeWithoutResult(status ->
                        AopTestUtils.<CaseOpening>getTargetObject(opening).on(alert));
        return jdbc.queryForObject("select id from recovery_case where alert_id = ?", UUID.class, alert.alertId());
    }

    private void at(Instant instant) {
        clock.set(instant);
    }

    private static Duration days(int n) {
        return Duration.ofDays(n);
    }

    private static Duration hours(int n) {
        return Duration.ofHours(n);
    }
}
