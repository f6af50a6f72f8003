package com.dealercsi.reporting;

import static com.dealercsi.support.ReportingData.items;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.dealercsi.admin.Role;
import com.dealercsi.admin.StoreRef;
import com.dealercsi.alerting.AlertLevel;
import com.dealercsi.invitation.Invitations;
import com.dealercsi.reporting.Dashboard.AdvisorRank;
import com.dealercsi.reporting.Dashboard.Comment;
import com.dealercsi.reporting.Dashboard.FactorFigures;
import com.dealercsi.reporting.Dashboard.ItemScore;
import com.dealercsi.reporting.Dashboard.TrendPoint;
import com.dealercsi.shared.Factor;
import com.dealercsi.support.IntegrationTest;
import com.dealercsi.support.ReportingData;
import com.dealercsi.support.TestStores;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every dashboard figure against values worked out by hand from a small fixed data set (ADR 0030):
 * store A has six answers (one in the previous week, one after the period, "not applicable" items, a red
 * alert, two advisors), store B has one invited visit and no answer.
 */
class DashboardsIT extends IntegrationTest {

    static final LocalDate MAR_9 = LocalDate.of(2026, 3, 9);
    static final LocalDate MAR_15 = LocalDate.of(2026, 3, 15);

    /** Built once: the figures are read-only and the set is isolated in its own two stores. */
    static Fixture fixture;

    record Fixture(TestStores.TestStore a, TestStores.TestStore b, String code, UUID r1, UUID r3, UUID r4) {}

    @Autowired
    TestStores stores;

    @Autowired
    ReportingData data;

    @Autowired
    Dashboards dashboards;

    @Autowired
    Invitations invitations;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void fixedDataSet() {
        if (fixture == null) {
            fixture = build();
        }
    }

    @AfterEach
    void logOut() {
        ReportingData.logOut();
    }

    private Fixture build() {
        var a = stores.create();
        var b = stores.create();
        var code = a.code();
        var ab = Set.of(a.store().id(), b.store().id());
        data.addStaff(
                "李四 " + code,
                "advisor2-" + code + "@test.local",
                "SB-" + code,
                Set.of(Role.ADVISOR),
                Set.of(a.store().id()));
        data.addStaff("Admin " + code, "admin-" + code + "@test.local", null, Set.of(Role.ADMIN), Set.of());
        data.addStaff("Group " + code, "group-" + code + "@test.local", null, Set.of(Role.GROUP_MANAGER), Set.of());
        data.addStaff(
                "客服 " + code,
                "cs-staff-" + code + "@test.local",
                null,
                Set.of(Role.CUSTOMER_SERVICE),
                Set.of(a.store().id()));
        data.addStaff(
                "经理B " + code,
                "manager-b-" + code + "@test.local",
                null,
                Set.of(Role.STORE_MANAGER),
                Set.of(b.store().id()));

        // the previous week: one visit, invited on 3 March at noon in Shanghai
        clock.set(Instant.parse("2026-03-03T04:00:00Z"));
        var v0 = data.deliver(a.store().id(), a.advisorCode(), OffsetDateTime.parse("2026-03-03T10:00:00+08:00"));
        awaitSent(a, "2026-03-02T16:00:00Z", "2026-03-09T16:00:00Z", 1);
        // this week: five visits of A (three for advisor 1, two for advisor 2) and one of B, invited on 9 March
        clock.set(Instant.parse("2026-03-09T02:00:00Z"));
        var delivered = OffsetDateTime.parse("2026-03-09T09:00:00+08:00");
        var v1 = data.deliver(a.store().id(), a.advisorCode(), delivered);
        var v2 = data.deliver(a.store().id(), a.advisorCode(), delivered);
        var v3 = data.deliver(a.store().id(), a.advisorCode(), delivered);
        var v4 = data.deliver(a.store().id(), "SB-" + code, delivered);
        var v5 = data.deliver(a.store().id(), "SB-" + code, delivered);
        data.deliver(b.store().id(), b.advisorCode(), delivered);
        awaitSent(a, "2026-03-08T16:00:00Z", "2026-03-15T16:00:00Z", 5);
        awaitSent(b, "2026-03-08T16:00:00Z", "2026-03-15T16:00:00Z", 1);
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> jdbc.queryForObject(
                                "select coalesce(sum(visits), 0) from report_visit_daily where store_id in (?, ?)",
                                Integer.class,
                                a.store().id(),
                                b.store().id())
                        == 7);
        clock.reset();

        var s = a.store().id();
        data.answer(s, v0, Instant.parse("2026-03-04T02:00:00Z"), 6, Map.of(), 6, 5, null, null);
        // SI: (—, 6, 8) → 700; SA 800; SQ 900; SF all "not applicable" → no score; VP (10, 8, 9) → 900
        var r1 = data.answer(
                s,
                v1,
                Instant.parse("2026-03-09T06:00:00Z"),
                8,
                items(
                        "SI1", null, "SI2", 6, "SQ1", 9, "SQ2", 9, "SQ3", 9, "SF1", null, "SF2", null, "SF3", null,
                        "VP1", 10, "VP3", 9),
                8,
                9,
                "很好，谢谢",
                null);
        data.answer(s, v2, Instant.parse("2026-03-10T06:00:00Z"), 10, Map.of(), 10, 10, null, null);
        var r3 = data.answer(s, v3, Instant.parse("2026-03-12T06:00:00Z"), 5, Map.of(), 4, 3, "等了三个小时", AlertLevel.RED);
        // 23:30 on Sunday in Shanghai is still this week there, though Monday has not begun in UTC
        var r4 = data.answer(s, v4, Instant.parse("2026-03-15T15:30:00Z"), 7, Map.of(), 7, 7, "一般", null);
        // answered on 17 March: after the period, and later than 7 days after delivery
        data.answer(s, v5, Instant.parse("2026-03-17T02:00:00Z"), 9, Map.of(), 9, 9, null, null);
        assertThat(ab).hasSize(2);
        return new Fixture(a, b, code, r1, r3, r4);
    }

    private void awaitSent(TestStores.TestStore store, String from, String to, int count) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> invitations.countSent(List.of(store.store().id()), Instant.parse(from), Instant.parse(to))
                        == count);
    }

    private Dashboard dashboardOf(Set<UUID> storeIds) {
        return dashboards.dashboard(new DashboardFilter(MAR_9, MAR_15, storeIds, Granularity.WEEK, null));
    }

    private Set<UUID> a() {
        return Set.of(fixture.a().store().id());
    }

    private Set<UUID> both() {
        return Set.of(fixture.a().store().id(), fixture.b().store().id());
    }

    @Test
    void headline_figures_follow_the_brief_and_compare_with_the_previous_week() {
        data.logInAs(fixture.a().managerEmail());

        var dashboard = dashboardOf(a());

        var now = dashboard.current();
        assertThat(now.responses()).isEqualTo(4);
        // (823.75 + 1000 + 500 + 700) / 4; 823.75 = (21·700 + 19·800 + 22·900 + 18·900) / 80
        assertThat(now.csi()).isCloseTo(755.9375, within(1e-9));
        assertThat(now.satisfactionRate()).isCloseTo(50.0, within(1e-9)); // OS 8 and 10 of 8, 10, 4, 7
        assertThat(now.nps()).isCloseTo(25.0, within(1e-9)); // 2 promoters, 1 detractor of 4
        assertThat(now.invitationsSent()).isEqualTo(5);
        assertThat(now.responseRate()).isCloseTo(80.0, within(1e-9));
        assertThat(now.visits()).isEqualTo(5);
        assertThat(now.revisitRate()).isCloseTo(80.0, within(1e-9)); // the 17 March answer came too late

        var before = dashboard.previous();
        assertThat(before.responses()).isEqualTo(1);
        assertThat(before.csi()).isCloseTo(600.0, within(1e-9));
        assertThat(before.satisfactionRate()).isZero();
        assertThat(before.nps()).isCloseTo(-100.0, within(1e-9));
        assertThat(before.responseRate()).isCloseTo(100.0, within(1e-9));
        assertThat(before.revisitRate()).isCloseTo(100.0, within(1e-9));
    }

    @Test
    void factor_scores_leave_not_applicable_items_out_and_name_the_weakest_items() {
        data.logInAs(fixture.a().managerEmail());

        var factors = dashboardOf(a()).factors();

        var initiation = factor(factors, Factor.SERVICE_INITIATION);
        assertThat(initiation.score()).isCloseTo(725.0, within(1e-9));
        assertThat(initiation.previousScore()).isCloseTo(600.0, within(1e-9));
        assertThat(initiation.itemsWeakestFirst()).extracting(ItemScore::itemId).containsExactly("SI2", "SI1", "SI3");
        assertThat(initiation.itemsWeakestFirst().get(1).score()).isCloseTo(2200.0 / 3, within(1e-9));
        assertThat(initiation.itemsWeakestFirst().get(1).answered()).isEqualTo(3);
        // the facility was "not applicable" throughout one answer: mean of the other three
        assertThat(factor(factors, Factor.SERVICE_FACILITY).score()).isCloseTo(2200.0 / 3, within(1e-9));
        var pickup = factor(factors, Factor.VEHICLE_PICKUP);
        assertThat(pickup.score()).isCloseTo(775.0, within(1e-9));
        assertThat(pickup.itemsWeakestFirst()).extracting(ItemScore::itemId).containsExactly("VP2", "VP3", "VP1");
        assertThat(factor(factors, Factor.SERVICE_QUALITY).score()).isCloseTo(775.0, within(1e-9));
    }

    @Test
    void the_trend_is_bucketed_by_week_or_month_in_the_stores_time_zone() {
        data.logInAs(fixture.a().managerEmail());

        var weeks = dashboards
                .dashboard(new DashboardFilter(LocalDate.of(2026, 3, 2), MAR_15, a(), Granularity.WEEK, null))
                .trend();
        var months = dashboards
                .dashboard(new DashboardFilter(
                        LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), a(), Granularity.MONTH, null))
                .trend();

        assertThat(weeks)
                .extracting(TrendPoint::start, TrendPoint::responses)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 3, 2), 1L),
                        org.assertj.core.groups.Tuple.tuple(MAR_9, 4L));
        assertThat(weeks.get(0).csi()).isCloseTo(600.0, within(1e-9));
        assertThat(weeks.get(1).csi()).isCloseTo(755.9375, within(1e-9));
        assertThat(weeks.get(1).factors().get(Factor.SERVICE_INITIATION)).isCloseTo(725.0, within(1e-9));
        assertThat(months).hasSize(1);
        assertThat(months.get(0).responses()).isEqualTo(6);
        assertThat(months.get(0).csi()).isCloseTo((600 + 823.75 + 1000 + 500 + 700 + 900) / 6, within(1e-9));
    }

    @Test
    void advisors_are_ranked_by_csi_only_from_the_minimum_number_of_responses() {
        data.logInAs(fixture.a().managerEmail());

        var advisors = dashboardOf(a()).advisors();

        assertThat(advisors)
                .extracting(AdvisorRank::rank, AdvisorRank::name, AdvisorRank::responses, AdvisorRank::alerts)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, "顾问 " + fixture.code(), 3L, 1L),
                        org.assertj.core.groups.Tuple.tuple(null, "李四 " + fixture.code(), 1L, 0L));
        assertThat(advisors.get(0).csi()).isCloseTo((823.75 + 1000 + 500) / 3, within(1e-9));
        assertThat(advisors.get(1).csi()).isCloseTo(700.0, within(1e-9));
    }

    @Test
    void latest_comments_come_newest_first_with_their_scores_and_can_be_filtered() {
        data.logInAs(fixture.a().managerEmail());

        var comments = dashboardOf(a()).comments();
        var filtered = dashboards
                .dashboard(new DashboardFilter(MAR_9, MAR_15, a(), Granularity.WEEK, "三个"))
                .comments();

        assertThat(comments).extracting(Comment::responseId).containsExactly(fixture.r4(), fixture.r3(), fixture.r1());
        assertThat(comments.get(1))
                .extracting(Comment::text, Comment::overall, Comment::nps, Comment::alertLevel)
                .containsExactly("等了三个小时", 4, 3, AlertLevel.RED);
        assertThat(comments.get(1).csi()).isCloseTo(500.0, within(1e-9));
        assertThat(filtered).extracting(Comment::responseId).containsExactly(fixture.r3());
    }

    @Test
    void a_store_without_answers_has_no_scores_but_its_invitation_counts() {
        data.logInAs(fixture.b().managerEmail());

        var dashboard = dashboardOf(Set.of(fixture.b().store().id()));

        var now = dashboard.current();
        assertThat(now.responses()).isZero();
        assertThat(now.csi()).isNull();
        assertThat(now.satisfactionRate()).isNull();
        assertThat(now.nps()).isNull();
        assertThat(now.invitationsSent()).isEqualTo(1);
        assertThat(now.responseRate()).isZero();
        assertThat(now.revisitRate()).isZero();
        assertThat(dashboard.factors()).allSatisfy(f -> assertThat(f.score()).isNull());
        assertThat(dashboard.advisors()).isEmpty();
        assertThat(dashboard.comments()).isEmpty();
    }

    // ---- access: each role across the two stores ------------------------------------------------------

    @Test
    void an_administrator_sees_both_stores() {
        data.logInAs("admin-" + fixture.code() + "@test.local");
        assertSeesBothStores();
    }

    @Test
    void a_group_manager_sees_both_stores_without_being_given_any() {
        data.logInAs("group-" + fixture.code() + "@test.local");
        assertSeesBothStores();
    }

    private void assertSeesBothStores() {
        assertThat(dashboards.visibleStores()).extracting(StoreRef::id).containsAll(both());
        var dashboard = dashboardOf(both());
        assertThat(dashboard.stores()).extracting(StoreRef::id).containsExactlyInAnyOrderElementsOf(both());
        assertThat(dashboard.current().responses()).isEqualTo(4);
        assertThat(dashboard.current().invitationsSent()).isEqualTo(6);
        assertThat(dashboard.ownResultsOnly()).isFalse();
    }

    @Test
    void a_store_manager_sees_only_their_store_even_when_asking_for_another() {
        data.logInAs(fixture.a().managerEmail());
        assertThat(dashboards.visibleStores()).extracting(StoreRef::id).containsExactlyElementsOf(a());
        assertThat(dashboardOf(both()).stores()).extracting(StoreRef::id).containsExactlyElementsOf(a());

        data.logInAs("manager-b-" + fixture.code() + "@test.local");
        var asked = dashboardOf(a());
        assertThat(asked.stores()).isEmpty();
        assertThat(asked.current().responses()).isZero();
        assertThat(asked.comments()).isEmpty();
        assertThat(dashboardOf(both()).current().invitationsSent()).isEqualTo(1);
    }

    @Test
    void customer_service_staff_see_only_their_store() {
        data.logInAs("cs-staff-" + fixture.code() + "@test.local");

        var dashboard = dashboardOf(both());

        assertThat(dashboard.stores()).extracting(StoreRef::id).containsExactlyElementsOf(a());
        assertThat(dashboard.current().responses()).isEqualTo(4);
    }

    @Test
    void an_advisor_sees_only_their_own_results() {
        data.logInAs("advisor-" + fixture.code() + "@test.local");

        var dashboard = dashboardOf(both());

        assertThat(dashboard.ownResultsOnly()).isTrue();
        assertThat(dashboard.current().responses()).isEqualTo(3);
        assertThat(dashboard.current().csi()).isCloseTo((823.75 + 1000 + 500) / 3, within(1e-9));
        assertThat(dashboard.current().responseRate()).isNull();
        assertThat(dashboard.current().visits()).isEqualTo(3);
        assertThat(dashboard.advisors()).extracting(AdvisorRank::name).containsExactly("顾问 " + fixture.code());
        assertThat(dashboard.comments()).extracting(Comment::responseId).containsExactly(fixture.r3(), fixture.r1());

        data.logInAs("advisor2-" + fixture.code() + "@test.local");
        assertThat(dashboardOf(both()).current().responses()).isEqualTo(1);
    }

    @Test
    void nobody_logged_in_gets_nothing() {
        assertThatThrownBy(() -> dashboardOf(both()))
                .isInstanceOf(org.springframework.security.core.AuthenticationException.class);
    }

    // ---- exports ------------------------------------------------------------------------------------------

    @Autowired
    ResponseExports exports;

    @Test
    void the_csv_export_has_a_bom_a_header_and_one_line_per_answer_of_the_period() {
        data.logInAs(fixture.a().managerEmail());
        var out = new java.io.ByteArrayOutputStream();

        exports.csv(new DashboardFilter(MAR_9, MAR_15, both(), Granularity.WEEK, null), java.util.Locale.ENGLISH, out);

        var text = out.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFAnswered at,Store code,Store,RO number,Owner,");
        var lines = text.substring(1).split("\r\n");
        assertThat(lines).hasSize(5);
        // R1: SI1 and the whole facility "not applicable"; times in Shanghai
        assertThat(lines[1])
                .startsWith("2026-03-09 14:00," + fixture.a().code() + ",")
                .contains(",824,700,800,900,,900,8,9,,很好，谢谢,N/A,6,8,8,8,8,9,9,9,N/A,N/A,N/A,10,8,9");
        assertThat(lines[3]).contains(",500,500,500,500,500,500,4,3,Red alert,等了三个小时,");
        assertThat(lines[4]).startsWith("2026-03-15 23:30,");
    }

    @Test
    void the_excel_export_holds_the_same_rows_as_the_csv() throws Exception {
        data.logInAs(fixture.a().managerEmail());
        var out = new java.io.ByteArrayOutputStream();

        exports.xlsx(
                new DashboardFilter(MAR_9, MAR_15, a(), Granularity.WEEK, null),
                java.util.Locale.SIMPLIFIED_CHINESE,
                out);

        try (var workbook =
                new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(out.toByteArray()))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(4);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("回复时间");
            assertThat(sheet.getRow(1).getCell(8).getNumericCellValue()).isEqualTo(824.0);
            assertThat(sheet.getRow(3).getCell(17).getStringCellValue()).isEqualTo("等了三个小时");
        }
    }

    @Test
    void an_advisor_sees_their_answers_on_screen_but_may_not_take_owners_data_away_in_a_file() {
        data.logInAs("advisor-" + fixture.code() + "@test.local");

        assertThat(exports.mayExport()).isFalse();
        assertThatThrownBy(() -> exports.xlsx(
                        new DashboardFilter(MAR_9, MAR_15, both(), Granularity.WEEK, null),
                        java.util.Locale.SIMPLIFIED_CHINESE,
                        new java.io.ByteArrayOutputStream()))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    private static FactorFigures factor(List<FactorFigures> factors, Factor factor) {
        return factors.stream().filter(f -> f.factor() == factor).findFirst().orElseThrow();
    }
}
