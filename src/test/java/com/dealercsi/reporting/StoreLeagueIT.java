package com.dealercsi.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dealercsi.admin.Role;
import com.dealercsi.support.IntegrationTest;
import com.dealercsi.support.ReportingData;
import com.dealercsi.support.SignedIn;
import com.dealercsi.support.TestStores;
import com.dealercsi.targets.Metric;
import com.dealercsi.targets.Targets;
import com.dealercsi.targets.Track;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The store league against figures worked out by hand: store A has two answers in April 2026 (CSI 900 and 700)
 * and one in March (600); store B one in April (1000) and none in March.
 */
class StoreLeagueIT extends IntegrationTest {

    static final YearMonth APRIL = YearMonth.of(2026, 4);

    @Autowired
    TestStores stores;

    @Autowired
    ReportingData data;

    @Autowired
    SignedIn signedIn;

    @Autowired
    Targets targets;

    @Autowired
    StoreLeagues leagues;

    @Test
    void every_store_stands_against_its_own_targets_with_its_trend_since_the_month_before() {
        var a = stores.create();
        var b = stores.create();
        var group = "group-" + a.code() + "@test.local";
        data.addStaff("Group " + a.code(), group, null, Set.of(Role.GROUP_MANAGER), Set.of());
        var admin = "admin-" + a.code() + "@test.local";
        data.addStaff("Admin " + a.code(), admin, null, Set.of(Role.ADMIN), Set.of());
        signedIn.as(admin, () -> targets.set(a.store().id(), 2026, null, Map.of(Metric.CSI, 850.0)));
        signedIn.as(admin, () -> targets.set(a.store().id(), 2026, 4, Map.of(Metric.CSI, 780.0)));
        signedIn.as(
                admin,
                () -> targets.set(
                        b.store().id(), 2026, null, Map.of(Metric.NPS, 100.0, Metric.SATISFACTION_RATE, 100.0)));
        answer(a, "2026-03-20T10:00:00+08:00", 6, 6, 5);
        answer(a, "2026-04-10T10:00:00+08:00", 9, 9, 10);
        answer(a, "2026-04-12T10:00:00+08:00", 7, 7, 6);
        answer(b, "2026-04-15T10:00:00+08:00", 10, 10, 10);

        var league = signedIn.as(group, () -> leagues.league(APRIL));

        var mine = Set.of(a.store().id(), b.store().id());
        var rows = league.rows().stream()
                .filter(row -> mine.contains(row.store().id()))
                .toList();
        assertThat(rows).hasSize(2);
        var rowA = rowOf(rows, a.store().id());
        // A: CSI (900 + 700) / 2 = 800 against the April override 780; March 600, so up 200
        assertThat(rowA.value(Metric.CSI)).isEqualTo(800.0);
        assertThat(rowA.previousValue(Metric.CSI)).isEqualTo(600.0);
        assertThat(rowA.target(Metric.CSI)).isEqualTo(780.0);
        assertThat(rowA.track(Metric.CSI)).isEqualTo(Track.ON_TRACK);
        // satisfied: OS 9 of 9 and 7 → 50%; NPS: one promoter (10), one detractor (6) of 2 → 0
        assertThat(rowA.value(Metric.SATISFACTION_RATE)).isEqualTo(50.0);
        assertThat(rowA.value(Metric.NPS)).isEqualTo(0.0);
        assertThat(rowA.previousValue(Metric.NPS)).isEqualTo(-100.0);
        assertThat(rowA.track(Metric.NPS)).isEqualTo(Track.NO_TARGET);
        assertThat(rowA.onTrack()).isEqualTo(1);
        var rowB = rowOf(rows, b.store().id());
        assertThat(rowB.value(Metric.CSI)).isEqualTo(1000.0);
        assertThat(rowB.previousValue(Metric.CSI)).isNull();
        assertThat(rowB.track(Metric.NPS)).isEqualTo(Track.ON_TRACK);
        assertThat(rowB.track(Metric.SATISFACTION_RATE)).isEqualTo(Track.ON_TRACK);
        assertThat(rowB.track(Metric.CSI)).isEqualTo(Track.NO_TARGET);
        assertThat(rowB.onTrack()).isEqualTo(2);

        var mineOnly = new StoreLeague(APRIL, rows);
        assertThat(mineOnly.sortedBy(Metric.CSI))
                .extracting(row -> row.store().id())
                .containsExactly(b.store().id(), a.store().id());
        assertThat(mineOnly.sortedByOnTrack())
                .extracting(row -> row.store().id())
                .containsExactly(b.store().id(), a.store().id());
        assertThat(mineOnly.sortedBy(Metric.REVISIT_RATE)).hasSize(2);
    }

    @Test
    void a_general_manager_sees_only_their_stores_and_a_store_manager_no_league() {
        var a = stores.create();
        var b = stores.create();
        var gm = "gm-" + a.code() + "@test.local";
        data.addStaff(
                "GM " + a.code(),
                gm,
                null,
                Set.of(Role.GENERAL_MANAGER),
                Set.of(a.store().id()));

        var league = signedIn.as(gm, () -> leagues.league(APRIL));

        assertThat(league.rows())
                .extracting(row -> row.store().id())
                .containsExactly(a.store().id());
        assertThatThrownBy(() -> signedIn.as(b.managerEmail(), () -> leagues.league(APRIL)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private void answer(TestStores.TestStore store, String deliveredAt, int all, int overall, int nps) {
        var delivered = OffsetDateTime.parse(deliveredAt);
        var visit = data.deliver(store.store().id(), store.advisorCode(), delivered);
        data.answer(
                store.store().id(),
                visit,
                delivered.toInstant().plusSeconds(3600),
                all,
                Map.of(),
                overall,
                nps,
                null,
                null);
    }

    private static StoreLeague.Row rowOf(java.util.List<StoreLeague.Row> rows, UUID storeId) {
        return rows.stream()
                .filter(row -> row.store().id().equals(storeId))
                .findFirst()
                .orElseThrow();
    }
}
