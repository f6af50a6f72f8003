package com.dealercsi.alerting;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealercsi.scoring.ResponseScored;
import com.dealercsi.shared.Factor;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AlertRulesTest {

    private final AlertRules rules = AlertRules.defaults();

    @Test
    void a_happy_answer_fires_nothing() {
        assertThat(rules.evaluate(answer(9, 10, Map.of(Factor.SERVICE_QUALITY, 900.0), "很好", false))).isEmpty();
    }

    @Test
    void overall_of_six_or_less_is_red() {
        var fired = rules.evaluate(answer(6, 9, Map.of(), null, false));

        assertThat(fired).extracting(FiredRule::rule, FiredRule::level)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(AlertRule.LOW_OVERALL, AlertLevel.RED));
        assertThat(rules.evaluate(answer(7, 9, Map.of(), null, false))).isEmpty();
    }

    @Test
    void complaint_keyword_is_red_whatever_the_scores() {
        var fired = rules.evaluate(answer(9, 9, Map.of(), "Great staff, but I want a REFUND for the wipers", false));

        assertThat(fired).extracting(FiredRule::rule).containsExactly(AlertRule.COMPLAINT_KEYWORD);
        assertThat(fired.getFirst().detail()).isEqualTo("refund");
    }

    @Test
    void keywords_match_full_width_letters_and_chinese() {
        assertThat(rules.evaluate(answer(9, 9, Map.of(), "我要ＲＥＦＵＮＤ", false))).extracting(FiredRule::rule)
                .containsExactly(AlertRule.COMPLAINT_KEYWORD);
        assertThat(rules.evaluate(answer(9, 9, Map.of(), "再这样我就去曝光", false))).extracting(FiredRule::detail)
                .containsExactly("曝光");
    }

    @Test
    void a_factor_below_600_is_amber_and_names_the_factor() {
        var fired = rules.evaluate(answer(8, 8, Map.of(Factor.SERVICE_FACILITY, 566.7, Factor.SERVICE_ADVISOR, 600.0),
                null, false));

        assertThat(fired).extracting(FiredRule::rule, FiredRule::level, FiredRule::detail)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(AlertRule.LOW_FACTOR, AlertLevel.AMBER, "SF 567"));
    }

    @Test
    void nps_of_six_or_less_is_amber() {
        assertThat(rules.evaluate(answer(8, 6, Map.of(), null, false))).extracting(FiredRule::rule)
                .containsExactly(AlertRule.LOW_NPS);
    }

    @Test
    void asking_to_be_contacted_is_info_and_the_highest_level_wins() {
        var onlyContact = rules.evaluate(answer(9, 10, Map.of(), null, true));
        var redAndContact = rules.evaluate(answer(2, 10, Map.of(), null, true));

        assertThat(AlertRules.levelOf(onlyContact)).hasValue(AlertLevel.INFO);
        assertThat(AlertRules.levelOf(redAndContact)).hasValue(AlertLevel.RED);
        assertThat(AlertRules.levelOf(rules.evaluate(answer(9, 10, Map.of(), null, false)))).isEmpty();
    }

    private static ResponseScored answer(int overall, int nps, Map<Factor, Double> factorScores, String comment,
            boolean contact) {
        return new ResponseScored(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), 800.0, factorScores, overall,
                nps, comment, contact, Instant.now());
    }
}
