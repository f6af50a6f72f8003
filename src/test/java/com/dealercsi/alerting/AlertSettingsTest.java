package com.dealercsi.alerting;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealercsi.admin.Role;
import com.dealercsi.scoring.ResponseScored;
import com.dealercsi.shared.Factor;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AlertSettingsTest {

    @Test
    void the_defaults_are_the_briefs_rules_and_have_no_problems() {
        var defaults = AlertSettings.defaults();

        assertThat(defaults.problems()).isEmpty();
        assertThat(defaults.rules()).isEqualTo(AlertRules.defaults());
        assertThat(defaults.rolesFor(AlertLevel.RED))
                .containsExactlyInAnyOrder(Role.STORE_MANAGER, Role.CUSTOMER_SERVICE_MANAGER);
    }

    @Test
    void thresholds_out_of_range_are_named_field_by_field() {
        var wrong = with(0, 1200, 11, List.of("投诉"), Map.of(), Map.of());

        assertThat(wrong.problems())
                .extracting(AlertSettings.Problem::field)
                .containsExactly("overallAtMost", "factorBelow", "npsAtMost");
        assertThat(wrong.problems())
                .extracting(AlertSettings.Problem::messageKey)
                .allSatisfy(key -> assertThat(key).startsWith("alerting.settings.error."));
    }

    @Test
    void extra_addresses_must_be_addresses_and_red_and_amber_must_reach_someone() {
        var wrong = with(
                6,
                600,
                6,
                List.of(),
                Map.of(AlertLevel.RED, Set.of(), AlertLevel.AMBER, Set.of()),
                Map.of(AlertLevel.RED, List.of("not an address")));

        assertThat(wrong.problems())
                .extracting(AlertSettings.Problem::field)
                .containsExactlyInAnyOrder("extraRED", "rolesAMBER");
    }

    @Test
    void a_keyword_longer_than_forty_characters_is_refused() {
        assertThat(with(6, 600, 6, List.of("x".repeat(41)), Map.of(), Map.of()).problems())
                .extracting(AlertSettings.Problem::field)
                .containsExactly("keywordsZh");
    }

    @Test
    void blank_and_repeated_entries_are_dropped() {
        var settings = with(
                6,
                600,
                6,
                List.of(" 太慢 ", "", "太慢"),
                Map.of(),
                Map.of(AlertLevel.INFO, List.of(" boss@dealer.cn ", "")));

        assertThat(settings.keywordsZh()).containsExactly("太慢");
        assertThat(settings.extraAddressesFor(AlertLevel.INFO)).containsExactly("boss@dealer.cn");
    }

    @Test
    void each_rule_raises_the_level_the_store_chose_and_full_width_keywords_match() {
        var d = AlertSettings.defaults();
        var strict = new AlertSettings(
                8,
                AlertLevel.AMBER,
                List.of("太慢"),
                List.of("Slow"),
                AlertLevel.AMBER,
                700,
                AlertLevel.RED,
                8,
                AlertLevel.RED,
                AlertLevel.INFO,
                d.recipientRoles(),
                d.extraAddresses());

        var fired = strict.rules()
                .evaluate(new ResponseScored(
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        650.0,
                        Map.of(Factor.SERVICE_QUALITY, 650.0),
                        8,
                        8,
                        "ＳＬＯＷ service",
                        false,
                        Instant.now()));

        assertThat(fired)
                .extracting(FiredRule::rule, FiredRule::level)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(AlertRule.LOW_OVERALL, AlertLevel.AMBER),
                        org.assertj.core.groups.Tuple.tuple(AlertRule.COMPLAINT_KEYWORD, AlertLevel.AMBER),
                        org.assertj.core.groups.Tuple.tuple(AlertRule.LOW_FACTOR, AlertLevel.RED),
                        org.assertj.core.groups.Tuple.tuple(AlertRule.LOW_NPS, AlertLevel.RED));
        assertThat(AlertRules.levelOf(fired)).hasValue(AlertLevel.RED);
    }

    @Test
    void webhooks_need_an_http_address_and_the_generic_one_a_long_secret() {
        var d = AlertSettings.defaults();

        assertThat(d.withWebhooks(List.of(
                                new WebhookChannel(WebhookChannel.Kind.WECOM, "https://qyapi.example/x", ""),
                                new WebhookChannel(
                                        WebhookChannel.Kind.GENERIC, "https://hooks.example/csi", "0123456789abcdef")))
                        .problems())
                .isEmpty();
        assertThat(d.withWebhooks(List.of(
                                new WebhookChannel(WebhookChannel.Kind.GENERIC, "https://hooks.example/csi", "short")))
                        .problems())
                .extracting(AlertSettings.Problem::field)
                .containsExactly("webhooks");
        assertThat(d.withWebhooks(List.of(new WebhookChannel(WebhookChannel.Kind.FEISHU, "ftp://x", "")))
                        .problems())
                .extracting(AlertSettings.Problem::field)
                .containsExactly("webhooks");
    }

    private static AlertSettings with(
            int overall,
            double factor,
            int nps,
            List<String> zh,
            Map<AlertLevel, Set<Role>> roles,
            Map<AlertLevel, List<String>> extras) {
        var d = AlertSettings.defaults();
        var mergedRoles = new java.util.HashMap<>(d.recipientRoles());
        mergedRoles.putAll(roles);
        return new AlertSettings(
                overall,
                AlertLevel.RED,
                zh,
                List.of("refund"),
                AlertLevel.RED,
                factor,
                AlertLevel.AMBER,
                nps,
                AlertLevel.AMBER,
                AlertLevel.INFO,
                mergedRoles,
                extras);
    }
}
