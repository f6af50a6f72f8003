package com.dealercsi.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.dealercsi.shared.Factor;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BeforeAfterTest {

    @Test
    void a_plan_opened_ten_days_ago_compares_the_ten_days_since_with_the_ten_days_before() {
        // opened on 1 Dec, today 10 Dec: after = 1–10 Dec (10 days), before = 21–30 Nov (10 days)
        var periods =
                BeforeAfter.periods(Factor.SERVICE_ADVISOR, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 10));

        assertThat(periods.after().from()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(periods.after().to()).isEqualTo(LocalDate.of(2026, 12, 10));
        assertThat(periods.before().from()).isEqualTo(LocalDate.of(2026, 11, 21));
        assertThat(periods.before().to()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(periods.before().days()).isEqualTo(10);
        assertThat(periods.after().days()).isEqualTo(10);
    }

    @Test
    void a_plan_opened_today_compares_today_with_yesterday() {
        var day = LocalDate.of(2026, 3, 1);
        var periods = BeforeAfter.periods(Factor.SERVICE_QUALITY, day, day);

        assertThat(periods.before().from()).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(periods.before().to()).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(periods.after().days()).isEqualTo(1);
    }

    @Test
    void the_change_is_after_minus_before_and_needs_answers_on_both_sides() {
        // before: answers scoring 600, 700, 800 → 700.0; after: 800, 900 → 850.0; change +150
        var periods = BeforeAfter.periods(Factor.SERVICE_ADVISOR, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 5));
        var figures = periods.withFigures((600 + 700 + 800) / 3.0, 3, (800 + 900) / 2.0, 2);

        assertThat(figures.before().score()).isCloseTo(700.0, within(1e-9));
        assertThat(figures.after().answers()).isEqualTo(2);
        assertThat(figures.change()).isCloseTo(150.0, within(1e-9));
        assertThat(periods.withFigures(null, 0, 850.0, 2).change()).isNull();
    }
}
