package com.dealercsi.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealercsi.shared.Factor;
import java.util.List;
import org.junit.jupiter.api.Test;

class FactorFiguresTest {

    private static Dashboard.FactorFigures scoring(Double score) {
        return new Dashboard.FactorFigures(Factor.SERVICE_ADVISOR, score, null, List.of());
    }

    @Test
    void a_factor_below_the_periods_csi_is_weak() {
        assertThat(scoring(780.0).isWeakAgainst(810.0)).isTrue();
    }

    @Test
    void a_factor_at_or_above_the_csi_or_without_figures_is_not() {
        assertThat(scoring(810.0).isWeakAgainst(810.0)).isFalse();
        assertThat(scoring(900.0).isWeakAgainst(810.0)).isFalse();
        assertThat(scoring(null).isWeakAgainst(810.0)).isFalse();
        assertThat(scoring(700.0).isWeakAgainst(null)).isFalse();
    }
}
