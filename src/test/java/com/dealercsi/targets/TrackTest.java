package com.dealercsi.targets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TrackTest {

    @Test
    void a_figure_at_or_above_its_target_is_on_track() {
        assertThat(Track.of(Metric.CSI, 900.0, 900.0)).isEqualTo(Track.ON_TRACK);
        assertThat(Track.of(Metric.CSI, 912.4, 900.0)).isEqualTo(Track.ON_TRACK);
        assertThat(Track.of(Metric.CSI, 899.0, 900.0)).isEqualTo(Track.OFF_TRACK);
    }

    @Test
    void a_figure_is_compared_as_the_dashboard_shows_it() {
        // 899.5 shows as 900; 92.96% as 93.0%; 92.94% as 92.9%
        assertThat(Track.of(Metric.CSI, 899.5, 900.0)).isEqualTo(Track.ON_TRACK);
        assertThat(Track.of(Metric.SATISFACTION_RATE, 92.96, 93.0)).isEqualTo(Track.ON_TRACK);
        assertThat(Track.of(Metric.SATISFACTION_RATE, 92.94, 93.0)).isEqualTo(Track.OFF_TRACK);
    }

    @Test
    void a_negative_nps_can_meet_a_negative_target() {
        // 2 promoters, 5 detractors of 10 answers: 20% − 50% = −30
        assertThat(Track.of(Metric.NPS, 100.0 * (2 - 5) / 10, -30.0)).isEqualTo(Track.ON_TRACK);
        assertThat(Track.of(Metric.NPS, 100.0 * (2 - 5) / 10, -20.0)).isEqualTo(Track.OFF_TRACK);
    }

    @Test
    void without_a_target_or_a_figure_there_is_no_mark() {
        assertThat(Track.of(Metric.CSI, 900.0, null)).isEqualTo(Track.NO_TARGET);
        assertThat(Track.of(Metric.CSI, null, 900.0)).isEqualTo(Track.NO_FIGURE);
        assertThat(Track.NO_TARGET.icon()).isEqualTo(Track.NO_FIGURE.icon());
    }

    @Test
    void targets_out_of_range_or_too_precise_are_refused_with_the_field_named() {
        var problems = Targets.problems(
                2026,
                13,
                Map.of(
                        Metric.CSI, 1001.0,
                        Metric.NPS, 12.5,
                        Metric.SATISFACTION_RATE, 98.25,
                        Metric.REVISIT_RATE, 100.0));

        assertThat(problems)
                .extracting(TargetProblem::metric, TargetProblem::messageKey)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(null, "targets.error.month"),
                        org.assertj.core.groups.Tuple.tuple(Metric.CSI, "targets.error.rangeWhole"),
                        org.assertj.core.groups.Tuple.tuple(Metric.NPS, "targets.error.rangeWhole"),
                        org.assertj.core.groups.Tuple.tuple(Metric.SATISFACTION_RATE, "targets.error.range"));
    }

    @Test
    void every_metric_has_its_own_message_key() {
        assertThat(Metric.SATISFACTION_RATE.messageKey()).isEqualTo("targets.metric.satisfactionRate");
        assertThat(Metric.CASES_IN_TIME.messageKey()).isEqualTo("targets.metric.casesInTime");
    }
}
