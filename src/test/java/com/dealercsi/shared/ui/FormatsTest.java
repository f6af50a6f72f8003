package com.dealercsi.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormatsTest {

    @Test
    void a_tel_link_keeps_only_what_a_phone_dials() {
        assertThat(Formats.telLink("021-5555 0000")).isEqualTo("tel:02155550000");
        assertThat(Formats.telLink("+86 (138) 0013-8000")).isEqualTo("tel:+8613800138000");
        assertThat(Formats.telLink("</script>400-800-1234")).isEqualTo("tel:4008001234");
    }

    @Test
    void a_missing_score_reads_as_a_dash_and_others_as_whole_points() {
        assertThat(Formats.score(null)).isEqualTo("–");
        assertThat(Formats.score(812.5)).isEqualTo("813");
    }
}
