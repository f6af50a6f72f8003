package com.dealercsi.targets.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealercsi.targets.Metric;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TargetResolutionTest {

    private static final UUID STORE = UUID.fromString("11111111-1111-1111-1111-111111111111");
    private static final UUID OTHER = UUID.fromString("22222222-2222-2222-2222-222222222222");
    private static final YearMonth MARCH = YearMonth.of(2026, 3);

    private static final TargetEntry GROUP_YEAR = new TargetEntry(null, 2026, null, Metric.CSI, 850);
    private static final TargetEntry GROUP_MARCH = new TargetEntry(null, 2026, 3, Metric.CSI, 860);
    private static final TargetEntry STORE_YEAR = new TargetEntry(STORE, 2026, null, Metric.CSI, 900);
    private static final TargetEntry STORE_MARCH = new TargetEntry(STORE, 2026, 3, Metric.CSI, 930);

    @Test
    void the_stores_monthly_override_comes_first() {
        var all = List.of(GROUP_YEAR, GROUP_MARCH, STORE_YEAR, STORE_MARCH);

        assertThat(TargetResolution.resolve(all, Metric.CSI, STORE, MARCH)).isEqualTo(930.0);
    }

    @Test
    void without_a_monthly_override_the_stores_year_applies_before_anything_of_the_group() {
        var all = List.of(GROUP_YEAR, GROUP_MARCH, STORE_YEAR);

        assertThat(TargetResolution.resolve(all, Metric.CSI, STORE, MARCH)).isEqualTo(900.0);
    }

    @Test
    void a_store_without_targets_takes_the_groups_month_then_the_groups_year() {
        assertThat(TargetResolution.resolve(List.of(GROUP_YEAR, GROUP_MARCH), Metric.CSI, STORE, MARCH))
                .isEqualTo(860.0);
        assertThat(TargetResolution.resolve(List.of(GROUP_YEAR), Metric.CSI, STORE, MARCH))
                .isEqualTo(850.0);
    }

    @Test
    void another_month_another_year_another_store_or_another_metric_do_not_apply() {
        var others = List.of(
                new TargetEntry(STORE, 2026, 4, Metric.CSI, 990),
                new TargetEntry(STORE, 2025, null, Metric.CSI, 980),
                new TargetEntry(OTHER, 2026, null, Metric.CSI, 970),
                new TargetEntry(STORE, 2026, null, Metric.NPS, 40));

        assertThat(TargetResolution.resolve(others, Metric.CSI, STORE, MARCH)).isNull();
        assertThat(TargetResolution.resolve(others, Metric.NPS, STORE, MARCH)).isEqualTo(40.0);
    }

    @Test
    void each_metric_is_resolved_on_its_own() {
        var all = List.of(
                STORE_MARCH,
                new TargetEntry(null, 2026, null, Metric.SATISFACTION_RATE, 98),
                new TargetEntry(STORE, 2026, null, Metric.REVISIT_RATE, 100));

        assertThat(TargetResolution.resolveAll(all, STORE, MARCH))
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of(Metric.CSI, 930.0, Metric.SATISFACTION_RATE, 98.0, Metric.REVISIT_RATE, 100.0));
    }

    @Test
    void several_stores_share_the_mean_of_the_targets_they_have() {
        // CSI (900 + 931) / 2 = 915.5, shown whole: 916; satisfaction only one store has: 97.5; NPS nobody
        var combined = TargetResolution.combine(List.of(
                Map.of(Metric.CSI, 900.0, Metric.SATISFACTION_RATE, 97.5), Map.of(Metric.CSI, 931.0), Map.of()));

        assertThat(combined)
                .containsExactlyInAnyOrderEntriesOf(Map.of(Metric.CSI, 916.0, Metric.SATISFACTION_RATE, 97.5));
    }
}
