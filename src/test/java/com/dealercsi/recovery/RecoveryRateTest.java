package com.dealercsi.recovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class RecoveryRateTest {

    @Test
    void made_right_share_counts_yes_among_answered_and_the_change_is_follow_up_minus_original() {
        // by hand: four closed cases, three answered.
        //   YES    8 after 3 → +5
        //   PARTLY 6 after 4 → +2   ("partly" is not made right)
        //   YES    9 after 2 → +7
        //   not answered         (counts as closed only)
        // made right 2 of 3 = 0.6667; average change (5 + 2 + 7) / 3 = 4.6667
        var rate = RecoveryRate.of(List.of(
                new RecoveryRate.ClosedCase(MadeRight.YES, 8, 3),
                new RecoveryRate.ClosedCase(MadeRight.PARTLY, 6, 4),
                new RecoveryRate.ClosedCase(MadeRight.YES, 9, 2),
                new RecoveryRate.ClosedCase(null, null, 1)));

        assertThat(rate.closed()).isEqualTo(4);
        assertThat(rate.answered()).isEqualTo(3);
        assertThat(rate.madeRight()).isEqualTo(2);
        assertThat(rate.madeRightShare()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(rate.averageChange()).isCloseTo(14.0 / 3, within(1e-9));
    }

    @Test
    void a_worse_follow_up_gives_a_negative_change_and_an_unknown_original_is_left_out_of_it() {
        var rate = RecoveryRate.of(List.of(
                new RecoveryRate.ClosedCase(MadeRight.NO, 2, 5), new RecoveryRate.ClosedCase(MadeRight.NO, 1, null)));

        assertThat(rate.madeRightShare()).isEqualTo(0.0);
        assertThat(rate.averageChange()).isEqualTo(-3.0);
    }

    @Test
    void without_answers_there_is_no_rate_rather_than_zero() {
        var rate = RecoveryRate.of(List.of(new RecoveryRate.ClosedCase(null, null, 4)));

        assertThat(rate.closed()).isEqualTo(1);
        assertThat(rate.madeRightShare()).isNull();
        assertThat(rate.averageChange()).isNull();
    }
}
