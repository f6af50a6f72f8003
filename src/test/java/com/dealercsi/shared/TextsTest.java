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
    void chinese_and_latin_get_a_space_between_them_in_generated_sentences() {
        assertThat(Texts.spacedBetweenChineseAndLatin("感谢您星期六在星辰汽车为您的迈腾 330TSI进行维修。"))
                .isEqualTo("感谢您星期六在星辰汽车为您的迈腾 330TSI 进行维修。");
        assertThat(Texts.spacedBetweenChineseAndLatin("为您的途观L进行保养")).isEqualTo("为您的途观 L 进行保养");
        assertThat(Texts.spacedBetweenChineseAndLatin("Thank you, Mr Wang")).isEqualTo("Thank you, Mr Wang");
    }

    @Test
    void money_has_one_format_everywhere() {
        assertThat(Money.cny(new BigDecimal("300"))).isEqualTo("¥300.00");
        assertThat(Money.cny(new BigDecimal("300.00"))).isEqualTo("¥300.00");
        assertThat(Money.cny(new BigDecimal("49.5"))).isEqualTo("¥49.50");
    }
}
