package com.dealercsi.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dealercsi.admin.Role;
import com.dealercsi.reporting.DashboardFilter;
import com.dealercsi.reporting.Dashboards;
import com.dealercsi.reporting.Granularity;
import com.dealercsi.support.IntegrationTest;
import com.dealercsi.support.ReportingData;
import com.dealercsi.support.SignedIn;
import com.dealercsi.support.TestStores;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Who may set targets and who may not, that every change is audited, and that the dashboard reads them. */
class TargetsIT extends IntegrationTest {

    @Autowired
    TestStores stores;

    @Autowired
    ReportingData data;

    @Autowired
    SignedIn signedIn;

    @Autowired
    Targets targets;

    @Autowired
    Dashboards dashboards;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_store_manager_sets_targets_for_the_store_and_the_change_is_audited() {
        var store = stores.create();
        var id = store.store().id();

        var problems = signedIn.as(
                store.managerEmail(),
                () -> targets.set(id, 2026, null, Map.of(Metric.CSI, 850.0, Metric.SATISFACTION_RATE, 97.5)));
        signedIn.as(store.managerEmail(), () -> targets.set(id, 2026, 4, Map.of(Metric.CSI, 780.0)));

        assertThat(problems).isEmpty();
        var april = signedIn.as(store.managerEmail(), () -> targets.sheet(id, 2026, 4));
        assertThat(april.stored()).isEqualTo(Map.of(Metric.CSI, 780.0));
        assertThat(april.inherited()).isEqualTo(Map.of(Metric.CSI, 850.0, Metric.SATISFACTION_RATE, 97.5));
        assertThat(signedIn.as(store.managerEmail(), () -> targets.applying(Set.of(id), YearMonth.of(2026, 4))))
                .isEqualTo(Map.of(Metric.CSI, 780.0, Metric.SATISFACTION_RATE, 97.5));
        assertThat(signedIn.as(store.managerEmail(), () -> targets.applying(Set.of(id), YearMonth.of(2026, 5))))
                .isEqualTo(Map.of(Metric.CSI, 850.0, Metric.SATISFACTION_RATE, 97.5));
        var audited = jdbc.queryForList(
                "select actor, details from audit_entry where action = 'SETTINGS_CHANGED'"
                        + " and subject = 'audit.setting.targets' and store_id = ? order by seq",
                id.toString());
        assertThat(audited).hasSize(2);
        assertThat(audited.get(0).get("actor")).isEqualTo(store.managerEmail().toLowerCase(java.util.Locale.ROOT));
        assertThat(audited.get(0).get("details").toString())
                .contains(
                        "\"year\":\"2026\"",
                        "\"month\":\"year\"",
                        "\"csi\":\"850.0\"",
                        "\"satisfactionRate\":\"97.5\"");
        assertThat(audited.get(1).get("details").toString()).contains("\"month\":\"4\"", "\"csi\":\"780.0\"");
    }

    @Test
    void a_store_manager_may_not_set_another_stores_or_the_groups_targets() {
        var own = stores.create();
        var other = stores.create();

        assertThatThrownBy(() -> signedIn.as(
                        own.managerEmail(),
                        () -> targets.set(other.store().id(), 2026, null, Map.of(Metric.CSI, 900.0))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() ->
                        signedIn.as(own.managerEmail(), () -> targets.set(null, 2026, null, Map.of(Metric.CSI, 900.0))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(signedIn.as(own.managerEmail(), targets::editableStores))
                .extracting(s -> s.id())
                .containsExactly(own.store().id());
        assertThat(signedIn.as(own.managerEmail(), targets::mayEditGroupDefault))
                .isFalse();
        assertThat(storedFor(other.store().id())).isZero();
    }

    @Test
    void customer_service_and_advisors_may_not_set_targets_at_all() {
        var store = stores.create();
        var id = store.store().id();

        assertThatThrownBy(() -> signedIn.as(
                        store.csManagerEmail(), () -> targets.set(id, 2026, null, Map.of(Metric.NPS, 40.0))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn.as(
                        "advisor-" + store.code() + "@test.local",
                        () -> targets.set(id, 2026, null, Map.of(Metric.NPS, 40.0))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn.as(store.csManagerEmail(), () -> targets.sheet(id, 2026, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(storedFor(id)).isZero();
    }

    @Test
    void an_administrator_sets_the_groups_default_which_a_store_without_targets_takes() {
        var store = stores.create();
        var admin = "admin-" + store.code() + "@test.local";
        data.addStaff("Admin " + store.code(), admin, null, Set.of(Role.ADMIN), Set.of());
        // 2027: no other test's figures use that year's targets
        signedIn.as(admin, () -> targets.set(null, 2027, null, Map.of(Metric.REVISIT_RATE, 100.0, Metric.NPS, 30.0)));
        signedIn.as(admin, () -> targets.set(null, 2027, 2, Map.of(Metric.NPS, 20.0)));

        assertThat(signedIn.as(
                        store.managerEmail(),
                        () -> targets.applying(Set.of(store.store().id()), YearMonth.of(2027, 2))))
                .isEqualTo(Map.of(Metric.REVISIT_RATE, 100.0, Metric.NPS, 20.0));
        assertThat(signedIn.as(admin, () -> targets.sheet(null, 2027, 2)).inherited())
                .isEqualTo(Map.of(Metric.REVISIT_RATE, 100.0, Metric.NPS, 30.0));
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where subject = 'audit.setting.targets' and actor = ?"
                                + " and store_id is null",
                        Integer.class,
                        admin))
                .isEqualTo(2);
    }

    @Test
    void targets_out_of_range_are_refused_and_nothing_is_stored_or_audited() {
        var store = stores.create();
        var id = store.store().id();

        var problems = signedIn.as(
                store.managerEmail(),
                () -> targets.set(id, 2026, null, Map.of(Metric.CSI, 1200.0, Metric.RESPONSE_RATE, 35.0)));

        assertThat(problems).extracting(TargetProblem::metric).containsExactly(Metric.CSI);
        assertThat(storedFor(id)).isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where subject = 'audit.setting.targets' and store_id = ?",
                        Integer.class,
                        id.toString()))
                .isZero();
    }

    @Test
    void the_dashboard_shows_the_store_and_an_advisor_their_figures_against_the_stores_targets() {
        var store = stores.create();
        var id = store.store().id();
        signedIn.as(
                store.managerEmail(),
                () -> targets.set(id, 2026, null, Map.of(Metric.CSI, 850.0, Metric.SATISFACTION_RATE, 60.0)));
        signedIn.as(store.managerEmail(), () -> targets.set(id, 2026, 4, Map.of(Metric.CSI, 780.0)));
        // CSI (900 + 700) / 2 = 800; satisfied: OS 9 of 9 and 7 → 50%
        var v1 = data.deliver(id, store.advisorCode(), OffsetDateTime.parse("2026-04-10T10:00:00+08:00"));
        var v2 = data.deliver(id, store.advisorCode(), OffsetDateTime.parse("2026-04-11T10:00:00+08:00"));
        data.answer(id, v1, Instant.parse("2026-04-10T08:00:00Z"), 9, Map.of(), 9, 10, null, null);
        data.answer(id, v2, Instant.parse("2026-04-11T08:00:00Z"), 7, Map.of(), 7, 6, null, null);
        var april = new DashboardFilter(
                LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30), Set.of(id), Granularity.WEEK, null);

        for (var who : new String[] {store.managerEmail(), "advisor-" + store.code() + "@test.local"}) {
            var dashboard = signedIn.as(who, () -> dashboards.dashboard(april));
            assertThat(dashboard.current().csi()).as(who).isEqualTo(800.0);
            assertThat(dashboard.target(Metric.CSI)).as(who).isEqualTo(780.0);
            assertThat(dashboard.track(Metric.CSI)).as(who).isEqualTo(Track.ON_TRACK);
            assertThat(dashboard.track(Metric.SATISFACTION_RATE)).as(who).isEqualTo(Track.OFF_TRACK);
            assertThat(dashboard.track(Metric.NPS)).as(who).isEqualTo(Track.NO_TARGET);
        }
        assertThat(signedIn.as("advisor-" + store.code() + "@test.local", () -> dashboards.dashboard(april))
                        .ownResultsOnly())
                .isTrue();
    }

    private int storedFor(java.util.UUID storeId) {
        return jdbc.queryForObject("select count(*) from target where store_id = ?", Integer.class, storeId.toString());
    }
}
