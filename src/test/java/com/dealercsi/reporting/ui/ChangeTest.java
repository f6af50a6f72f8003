package com.dealercsi.reporting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChangeTest {

    @Test
    void whole_numbers_stay_whole_and_rates_keep_one_decimal() {
        assertThat(Change.between(912.0, 900.0).suffix()).isEqualTo(" (▲ +12)");
        assertThat(Change.between(80.0, 83.5).suffix()).isEqualTo(" (▼ −3.5)");
        assertThat(Change.between(7, 9).suffix()).isEqualTo(" (▼ −2)");
    }

    @Test
    void a_move_too_small_to_show_is_no_move() {
        var tiny = Change.between(85.04, 85.0);

        assertThat(tiny.suffix()).isEqualTo(" (±0)");
        assertThat(tiny.direction()).isEqualTo("flat");
        assertThat(Change.between(85.1, 85.0).direction()).isEqualTo("up");
        assertThat(Change.between(84.9, 85.0).direction()).isEqualTo("down");
    }

    @Test
    void an_unknown_figure_has_no_change() {
        var unknown = Change.between(null, 900.0);

        assertThat(unknown.suffix()).isEmpty();
        assertThat(unknown.direction()).isEqualTo("flat");
    }
}
