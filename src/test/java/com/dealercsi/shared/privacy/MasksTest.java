package com.dealercsi.shared.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MasksTest {

    @Test
    void a_chinese_mobile_shows_its_first_three_and_last_four_national_digits() {
        assertThat(Masks.mobile("+8613800138000")).isEqualTo("138****8000");
    }

    @Test
    void a_number_as_a_dms_wrote_it_is_masked_the_same() {
        assertThat(Masks.mobile("138 0013 8000")).isEqualTo("138****8000");
        assertThat(Masks.mobile("+86 138-0013-8000")).isEqualTo("138****8000");
    }

    @Test
    void a_foreign_number_keeps_its_country_code_so_staff_see_it_is_not_chinese() {
        assertThat(Masks.mobile("+4915123456789")).isEqualTo("+49 151****6789");
    }

    @Test
    void a_short_number_hides_at_least_four_digits() {
        assertThat(Masks.mobile("12345678")).isEqualTo("****5678");
        assertThat(Masks.mobile("123456789")).isEqualTo("1****6789");
        assertThat(Masks.mobile("12345")).isEqualTo("****45");
        assertThat(Masks.mobile("123")).isEqualTo("****");
    }

    @Test
    void no_number_stays_empty() {
        assertThat(Masks.mobile("")).isEmpty();
        assertThat(Masks.mobile("  ")).isEmpty();
        assertThat(Masks.mobile(null)).isEmpty();
    }

    @Test
    void an_email_shows_the_first_letter_of_its_name_and_its_domain() {
        assertThat(Masks.email("wang@example.com")).isEqualTo("w***@example.com");
    }

    @Test
    void a_one_letter_name_is_masked_the_same_so_the_length_is_not_told() {
        assertThat(Masks.email("w@example.com")).isEqualTo("w***@example.com");
    }

    @Test
    void a_chinese_name_keeps_one_whole_character() {
        assertThat(Masks.email("王先生@example.cn")).isEqualTo("王***@example.cn");
    }

    @Test
    void no_email_stays_empty_and_a_broken_one_shows_nothing_of_itself() {
        assertThat(Masks.email("")).isEmpty();
        assertThat(Masks.email(null)).isEmpty();
        assertThat(Masks.email("wang")).isEqualTo("***");
        assertThat(Masks.email("@example.com")).isEqualTo("***");
    }
}
