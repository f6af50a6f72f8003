package com.dealercsi.shared.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dealercsi.shared.StartupProblem;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

public class OwnerTextTest {

    public static final OwnerIdentity OWNER = new OwnerIdentity(
            List.of(UUID.randomUUID()),
            List.of("张伟"),
            List.of("zhang.wei@example.com"),
            List.of("+8613912345678"),
            List.of("沪A88888"),
            List.of("LSVAU2180N2183947"));

    @Test
    void a_chinese_mobile_is_also_looked_for_as_dialled_at_home_and_longer_values_come_first() {
        assertThat(OwnerText.forms(OWNER))
                .startsWith("zhang.wei@example.com", "LSVAU2180N2183947", "+8613912345678")
                .contains("13912345678", "沪A88888", "张伟");
    }

    @Test
    void every_form_goes_whatever_its_case() {
        assertThat(OwnerText.scrub("张伟 (Zhang.Wei@Example.com, 13912345678) asked by phone", OwnerText.forms(OWNER)))
                .isEqualTo("[erased] ([erased], [erased]) asked by phone");
        assertThat(OwnerText.mentions("car 沪A88888", OwnerText.forms(OWNER))).isTrue();
        assertThat(OwnerText.mentions("another owner", OwnerText.forms(OWNER))).isFalse();
    }

    @Test
    void a_cell_is_compared_whole_whatever_its_spacing() {
        assertThat(OwnerText.foldedForms(OWNER))
                .contains(OwnerText.folded("沪A 88888"), OwnerText.folded("139-1234-5678"));
    }

    @Test
    void keyed_hashes_differ_by_key_and_by_kind_and_a_short_key_stops_the_start() {
        var one = new OwnerKeys("first-key-0123456789");
        var other = new OwnerKeys("other-key-0123456789");
        assertThat(one.ofMobile("+8613912345678"))
                .hasSize(64)
                .isEqualTo(one.ofMobile(" +8613912345678"))
                .isNotEqualTo(other.ofMobile("+8613912345678"));
        assertThat(one.ofEmailHash("ab")).isNotEqualTo(one.ofMobile("ab"));
        assertThatThrownBy(() -> new OwnerKeys("short")).isInstanceOf(StartupProblem.class);
        assertThatThrownBy(() -> new OwnerKeys("")).isInstanceOf(StartupProblem.class);
    }
}
