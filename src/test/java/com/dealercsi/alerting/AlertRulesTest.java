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
        assertThat(rules.evaluate(answer(9, 10, Map.of(Factor.SERVICE_QUALITY, 900.0), "很好", false)))
                .isEmpty();
    }

    @Test
    void overall_of_six_or_less_is_red() {
        var fired = rules.evaluate(answer(6, 9, Map.of(), null, false));

        assertThat(fired)
                .extracting(FiredRule::rule, FiredRule::level)
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
        assertThat(rules.evaluate(answer(9, 9, Map.of(), "我要ＲＥＦＵＮＤ", false)))
                .extracting(FiredRule::rule)
                .containsExactly(AlertRule.COMPLAINT_KEYWORD);
        assertThat(rules.evaluate(answer(9, 9, Map.of(), "再这样我就去曝光", false)))
                .extracting(FiredRule::detail)
                .containsExactly("曝光");
    }

    @Test
    void a_factor_below_600_is_amber_and_names_the_factor() {
        var fired = rules.evaluate(
                answer(8, 8, Map.of(Factor.SERVICE_FACILITY, 566.7, Factor.SERVICE_ADVISOR, 600.0), null, false));

        assertThat(fired)
                .extracting(FiredRule::rule, FiredRule::level, FiredRule::detail)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(AlertRule.LOW_FACTOR, AlertLevel.AMBER, "SF 567 <600"));
    }

    @Test
    void reasons_read_as_short_sentences_with_several_low_factors_on_one_line() {
        var fired = rules.evaluate(answer(
                2,
                1,
                Map.of(Factor.SERVICE_INITIATION, 200.0, Factor.SERVICE_ADVISOR, 200.0, Factor.SERVICE_QUALITY, 900.0),
                "我要投诉",
                true));
        var chinese = new java.util.HashMap<String, String>(java.util.Map.of(
                "alert.reason.LOW_OVERALL",
                "总体满意度 {0} 分",
                "alert.reason.atMost",
                "（≤ {0}）",
                "alert.reason.factorScore",
                "{0} {1} 分",
                "alert.reason.listSeparator",
                "、",
                "alert.reason.LOW_FACTOR.below",
                "{0}，低于 {1}",
                "alert.reason.LOW_NPS",
                "推荐意愿 {0} 分",
                "alert.reason.COMPLAINT_KEYWORD",
                "意见中有“{0}”",
                "alert.rule.CONTACT_REQUESTED",
                "车主同意被联系",
                "factor.SI",
                "服务启动",
                "factor.SA",
                "服务顾问"));

        var reasons = AlertReasons.describe(
                fired, (key, args) -> java.text.MessageFormat.format(chinese.getOrDefault(key, "!" + key + "!"), args));

        assertThat(reasons)
                .containsExactly(
                        "总体满意度 2 分（≤ 6）", "意见中有“投诉”", "推荐意愿 1 分（≤ 6）", "车主同意被联系", "服务启动 200 分、服务顾问 200 分，低于 600");
    }

    @Test
    void reasons_of_alerts_raised_before_limits_were_recorded_still_read_without_codes() {
        var english = java.util.Map.of(
                "alert.reason.LOW_OVERALL",
                "Overall satisfaction {0} of 10",
                "alert.reason.factorScore",
                "{0} {1}",
                "alert.reason.listSeparator",
                ", ",
                "alert.reason.LOW_FACTOR",
                "Low factor scores: {0}",
                "factor.SI",
                "Service initiation");
        var old = java.util.List.of(
                new FiredRule(AlertRule.LOW_OVERALL, AlertLevel.RED, "OS 3"),
                new FiredRule(AlertRule.LOW_FACTOR, AlertLevel.AMBER, "SI 200"));

        assertThat(AlertReasons.describe(old, (key, args) -> java.text.MessageFormat.format(english.get(key), args)))
                .containsExactly("Overall satisfaction 3 of 10", "Low factor scores: Service initiation 200");
    }

    @Test
    void nps_of_six_or_less_is_amber() {
        assertThat(rules.evaluate(answer(8, 6, Map.of(), null, false)))
                .extracting(FiredRule::rule)
                .containsExactly(AlertRule.LOW_NPS);
    }

    @Test
    void asking_to_be_contacted_is_info_and_the_highest_level_wins() {
        var onlyContact = rules.evaluate(answer(9, 10, Map.of(), null, true));
        var redAndContact = rules.evaluate(answer(2, 10, Map.of(), null, true));

        assertThat(AlertRules.levelOf(onlyContact)).hasValue(AlertLevel.INFO);
        assertThat(AlertRules.levelOf(redAndContact)).hasValue(AlertLevel.RED);
        assertThat(AlertRules.levelOf(rules.evaluate(answer(9, 10, Map.of(), null, false))))
                .isEmpty();
    }

    private static ResponseScored answer(
            int overall, int nps, Map<Factor, Double> factorScores, String comment, boolean contact) {
        return new ResponseScored(
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                800.0,
                factorScores,
                overall,
                nps,
                comment,
                contact,
                Instant.now());
    }
}
