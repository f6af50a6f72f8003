package com.dealercsi.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void parts_are_joined_by_a_middle_dot_without_a_space_after_a_chinese_full_stop() {
        assertThat(Texts.dotted(List.of("赠送一次免费保养。", "保养券", "¥300.00"))).isEqualTo("赠送一次免费保养。· 保养券 · ¥300.00");
        assertThat(Texts.dotted(List.of("Free service", "", "voucher"))).isEqualTo("Free service · voucher");
    }

    @Test
    void money_has_one_format_everywhere() {
        assertThat(Money.cny(new BigDecimal("300"))).isEqualTo("¥300.00");
        assertThat(Money.cny(new BigDecimal("300.00"))).isEqualTo("¥300.00");
        assertThat(Money.cny(new BigDecimal("49.5"))).isEqualTo("¥49.50");
    }
}
