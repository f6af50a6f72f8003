package com.dealercsi.scoring;

import static com.dealercsi.shared.Factor.SERVICE_ADVISOR;
import static com.dealercsi.shared.Factor.SERVICE_FACILITY;
import static com.dealercsi.shared.Factor.SERVICE_INITIATION;
import static com.dealercsi.shared.Factor.SERVICE_QUALITY;
import static com.dealercsi.shared.Factor.VEHICLE_PICKUP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.dealercsi.shared.Factor;
import com.dealercsi.survey.Rating;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsiCalculatorTest {

    private static final Map<Factor, Integer> JD_POWER_WEIGHTS = Map.of(
            SERVICE_INITIATION, 21, SERVICE_ADVISOR, 19, SERVICE_QUALITY, 22, SERVICE_FACILITY, 20, VEHICLE_PICKUP, 18);

    /** The fifteen items of questionnaire v1, three per factor in factor order. */
    private static final List<Rating> V1_ITEMS = List.of(Factor.values()).stream()
            .flatMap(f -> java.util.stream.IntStream.rangeClosed(1, 3).mapToObj(i -> new Rating(f.code() + i, f, null)))
            .toList();

    @Test
    void factor_score_is_100_times_the_mean_of_its_answered_items() {
        var scores = CsiCalculator.factorScores(List.of(
                new Rating("SI1", SERVICE_INITIATION, 7),
                new Rating("SI2", SERVICE_INITIATION, 8),
                new Rating("SI3", SERVICE_INITIATION, 8)));

        // (7 + 8 + 8) / 3 × 100 = 766.67
        assertThat(scores.get(SERVICE_INITIATION)).isCloseTo(766.667, within(0.001));
        assertThat(scores).containsOnlyKeys(SERVICE_INITIATION);
    }

    @Test
    void not_applicable_items_are_left_out_of_the_mean() {
        var scores = CsiCalculator.factorScores(List.of(
                new Rating("SF1", SERVICE_FACILITY, 9),
                new Rating("SF2", SERVICE_FACILITY, null),
                new Rating("SF3", SERVICE_FACILITY, 6)));

        assertThat(scores.get(SERVICE_FACILITY)).isEqualTo(750.0);
    }

    @Test
    void a_factor_with_only_not_applicable_items_has_no_score() {
        var scores = CsiCalculator.factorScores(List.of(
                new Rating("SF1", SERVICE_FACILITY, null),
                new Rating("SF2", SERVICE_FACILITY, null),
                new Rating("VP1", VEHICLE_PICKUP, 10)));

        assertThat(scores).containsOnlyKeys(VEHICLE_PICKUP);
    }

    @Test
    void csi_weights_the_five_factors_21_19_22_20_18() {
        var factorScores = Map.of(
                SERVICE_INITIATION, 800.0,
                SERVICE_ADVISOR, 900.0,
                SERVICE_QUALITY, 700.0,
                SERVICE_FACILITY, 1000.0,
                VEHICLE_PICKUP, 600.0);

        // (21·800 + 19·900 + 22·700 + 20·1000 + 18·600) / 100 = (16800 + 17100 + 15400 + 20000 + 10800) / 100
        assertThat(CsiCalculator.csi(factorScores, JD_POWER_WEIGHTS)).hasValue(801.0);
    }

    @Test
    void csi_leaves_out_factors_without_answers_and_their_weights() {
        var factorScores = Map.of(SERVICE_INITIATION, 800.0, SERVICE_QUALITY, 600.0);

        // (21·800 + 22·600) / (21 + 22) = 30000 / 43 = 697.67
        assertThat(CsiCalculator.csi(factorScores, JD_POWER_WEIGHTS).getAsDouble())
                .isCloseTo(697.674, within(0.001));
    }

    @Test
    void a_response_without_any_answered_item_has_no_csi() {
        assertThat(CsiCalculator.csi(Map.of(), JD_POWER_WEIGHTS)).isEmpty();
    }

    @Test
    void a_full_answer_of_tens_scores_1000_and_of_ones_scores_100() {
        assertThat(csiOfAll(10)).isEqualTo(1000.0);
        assertThat(csiOfAll(1)).isEqualTo(100.0);
    }

    @Test
    void hand_computed_mixed_answer_of_questionnaire_v1() {
        var ratings = new ArrayList<Rating>();
        int[] values = {8, 9, 10, /* SA */ 6, 7, 8, /* SQ */ 9, -1, 10, /* SF */ 5, 5, 8, /* VP */ 7, 7, 7};
        for (int i = 0; i < V1_ITEMS.size(); i++) {
            ratings.add(
                    new Rating(V1_ITEMS.get(i).itemId(), V1_ITEMS.get(i).factor(), values[i] < 0 ? null : values[i]));
        }
        var scores = CsiCalculator.factorScores(ratings);

        // SI 900, SA 700, SQ 950 (one N/A), SF 600, VP 700
        assertThat(scores)
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        SERVICE_INITIATION,
                        900.0,
                        SERVICE_ADVISOR,
                        700.0,
                        SERVICE_QUALITY,
                        950.0,
                        SERVICE_FACILITY,
                        600.0,
                        VEHICLE_PICKUP,
                        700.0));
        // (21·900 + 19·700 + 22·950 + 20·600 + 18·700) / 100 = (18900 + 13300 + 20900 + 12000 + 12600) / 100 = 777
        assertThat(CsiCalculator.csi(scores, JD_POWER_WEIGHTS)).hasValue(777.0);
    }

    private static double csiOfAll(int value) {
        var ratings = V1_ITEMS.stream()
                .map(item -> new Rating(item.itemId(), item.factor(), value))
                .toList();
        return CsiCalculator.csi(CsiCalculator.factorScores(ratings), JD_POWER_WEIGHTS)
                .getAsDouble();
    }
}
