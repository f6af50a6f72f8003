package com.dealercsi.recovery.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LostPointsTest {

    private static final UUID WAITING = UUID.randomUUID();
    private static final UUID CHARGES = UUID.randomUUID();
    private static final UUID CAR_CLEAN = UUID.randomUUID();

    @Test
    void lost_points_are_split_evenly_among_a_cases_causes_and_shared_over_the_period() {
        // by hand: case 1 CSI 400 → 600 lost, all waiting
        //          case 2 CSI 700 → 300 lost, 150 waiting + 150 charges
        //          case 3 CSI 850 → 150 lost, 50 each to waiting, charges, car clean
        // waiting 600 + 150 + 50 = 800, charges 150 + 50 = 200, car clean 50; total 1050
        var cases = List.of(
                new LostPoints.ClosedCase(400.0, Set.of(WAITING)),
                new LostPoints.ClosedCase(700.0, Set.of(WAITING, CHARGES)),
                new LostPoints.ClosedCase(850.0, Set.of(WAITING, CHARGES, CAR_CLEAN)));

        var lost = LostPoints.byCause(cases);
        var shares = LostPoints.shares(lost);

        assertThat(lost.get(WAITING)).isCloseTo(800.0, within(1e-9));
        assertThat(lost.get(CHARGES)).isCloseTo(200.0, within(1e-9));
        assertThat(lost.get(CAR_CLEAN)).isCloseTo(50.0, within(1e-9));
        assertThat(shares.get(WAITING)).isCloseTo(800.0 / 1050, within(1e-9)); // 76.19 %
        assertThat(shares.get(CHARGES)).isCloseTo(200.0 / 1050, within(1e-9)); // 19.05 %
        assertThat(shares.get(CAR_CLEAN)).isCloseTo(50.0 / 1050, within(1e-9)); // 4.76 %
        assertThat(shares.values().stream().mapToDouble(Double::doubleValue).sum())
                .isCloseTo(1.0, within(1e-9));
    }

    @Test
    void an_answer_without_a_csi_loses_nothing_and_a_perfect_one_leaves_no_shares() {
        var lost = LostPoints.byCause(List.of(
                new LostPoints.ClosedCase(null, Set.of(WAITING)), new LostPoints.ClosedCase(1000.0, Set.of(CHARGES))));

        assertThat(lost).isEqualTo(Map.of(CHARGES, 0.0));
        assertThat(LostPoints.shares(lost)).isEmpty();
    }
}
