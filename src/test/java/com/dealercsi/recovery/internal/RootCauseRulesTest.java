package com.dealercsi.recovery.internal;

import static com.dealercsi.recovery.internal.RecoveryCaseTest.CS;
import static com.dealercsi.recovery.internal.RecoveryCaseTest.T0;
import static com.dealercsi.recovery.internal.RecoveryCaseTest.acknowledged;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dealercsi.alerting.AlertLevel;
import com.dealercsi.recovery.CaseRuleViolation;
import com.dealercsi.recovery.CaseStatus;
import com.dealercsi.recovery.FollowUpOutcome;
import com.dealercsi.recovery.RecoveryStep;
import com.dealercsi.shared.Factor;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class RootCauseRulesTest {

    private final RootCause waiting = RootCause.add(Factor.SERVICE_INITIATION, "Waiting time too long", "等待时间过长", 20);
    private final RootCause charges = RootCause.add(Factor.SERVICE_ADVISOR, "Charges not explained", "费用解释不清", 50);

    @Test
    void a_red_case_is_not_closed_without_a_root_cause() {
        var red = readyToClose(AlertLevel.RED);

        assertThatThrownBy(() -> red.close(FollowUpOutcome.SATISFIED, "Happy again", List.of(), null, CS, T0))
                .isInstanceOf(CaseRuleViolation.class)
                .hasMessage("causes.error.required")
                .satisfies(violation ->
                        assertThat(((CaseRuleViolation) violation).field()).contains("causes"));
        assertThat(red.status()).isEqualTo(CaseStatus.IN_RECOVERY);
        assertThat(red.causeIds()).isEmpty();
    }

    @Test
    void an_amber_case_is_not_closed_without_a_root_cause_either() {
        var amber = readyToClose(AlertLevel.AMBER);

        assertThatThrownBy(() -> amber.close(FollowUpOutcome.SATISFIED, "Fine", List.of(), null, CS, T0))
                .hasMessage("causes.error.required");
        assertThat(amber.needsCause()).isTrue();
    }

    @Test
    void closing_with_causes_keeps_them_the_answer_scores_and_a_history_line() {
        var red = readyToClose(AlertLevel.RED);

        red.close(
                FollowUpOutcome.SATISFIED,
                "Happy again",
                List.of(waiting, charges),
                new RecoveryCase.AnswerScores(412.5, 3),
                CS,
                T0);

        assertThat(red.causeIds()).containsExactly(waiting.getId(), charges.getId());
        assertThat(red.answerCsi()).isEqualTo(412.5);
        assertThat(red.answerOverall()).isEqualTo(3);
        var last = red.audit().getLast();
        assertThat(last.action()).isEqualTo("CAUSES");
        assertThat(last.detail()).isEqualTo(waiting.code() + " · " + charges.code());
    }

    @Test
    void a_retired_cause_cannot_be_chosen_when_closing() {
        var red = readyToClose(AlertLevel.RED);
        waiting.retire(T0);

        assertThatThrownBy(() -> red.close(FollowUpOutcome.SATISFIED, "Happy", List.of(waiting), null, CS, T0))
                .hasMessage("causes.error.retired");
        assertThat(red.status()).isEqualTo(CaseStatus.IN_RECOVERY);
    }

    @Test
    void a_retired_cause_can_be_reinstated_and_chosen_again() {
        waiting.retire(T0);
        waiting.reinstate();
        var red = readyToClose(AlertLevel.RED);

        red.close(FollowUpOutcome.SATISFIED, "Happy", List.of(waiting), null, CS, T0);

        assertThat(red.causeIds()).containsExactly(waiting.getId());
    }

    @Test
    void a_used_cause_cannot_be_deleted_an_unused_one_can() {
        assertThatThrownBy(() -> waiting.requireDeletable(1))
                .isInstanceOf(CaseRuleViolation.class)
                .hasMessage("causes.error.usedCannotBeDeleted");
        charges.requireDeletable(0);
    }

    @Test
    void a_cause_needs_both_names_of_sensible_length() {
        assertThatThrownBy(() -> waiting.rename(" ", "等待"))
                .hasMessage("causes.error.nameRequired")
                .satisfies(v -> assertThat(((CaseRuleViolation) v).field()).contains("nameEn"));
        assertThatThrownBy(() -> waiting.rename("Waiting", "长".repeat(RootCause.NAME_LENGTH + 1)))
                .hasMessage("causes.error.nameTooLong")
                .satisfies(v -> assertThat(((CaseRuleViolation) v).field()).contains("nameZh"));
        waiting.rename("  Long wait ", "等太久");
        assertThat(waiting.nameEn()).isEqualTo("Long wait");
        assertThat(waiting.code()).startsWith("SI.");
    }

    @Test
    void an_added_cause_gets_a_stable_code_under_its_factor() {
        var added = RootCause.add(Factor.VEHICLE_PICKUP, "Wrong invoice", "发票错误", 180);

        assertThat(added.code()).matches("VP\\.[0-9A-F]{8}");
        assertThat(added.factor()).isEqualTo(Factor.VEHICLE_PICKUP);
        assertThat(added.isRetired()).isFalse();
    }

    private static RecoveryCase readyToClose(AlertLevel level) {
        var opened = acknowledged(level);
        opened.recordStep(RecoveryStep.APOLOGY, "Apologised", null, null, null, CS, T0);
        opened.recordStep(RecoveryStep.FIX, "Fixed", null, null, null, CS, T0);
        if (level == AlertLevel.RED) {
            opened.recordStep(RecoveryStep.EMPATHY, "Listened", null, null, null, CS, T0);
            opened.recordStep(RecoveryStep.ATONEMENT, "Voucher", null, "Wash", new BigDecimal("50"), CS, T0);
        }
        return opened;
    }
}
