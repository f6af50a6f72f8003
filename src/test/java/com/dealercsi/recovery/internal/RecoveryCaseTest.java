package com.dealercsi.recovery.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dealercsi.alerting.AlertLevel;
import com.dealercsi.recovery.Actor;
import com.dealercsi.recovery.CaseAction;
import com.dealercsi.recovery.CaseRuleViolation;
import com.dealercsi.recovery.CaseStatus;
import com.dealercsi.recovery.ContactChannel;
import com.dealercsi.recovery.ContactResult;
import com.dealercsi.recovery.FollowUpOutcome;
import com.dealercsi.recovery.RecoveryProperties;
import com.dealercsi.recovery.RecoveryStep;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RecoveryCaseTest {

    static final RecoveryProperties TIMES = new RecoveryProperties(
            Duration.ofHours(4), Duration.ofHours(24), Duration.ofHours(72), Duration.ofMinutes(1), Duration.ofDays(4));
    static final Instant T0 = Instant.parse("2026-11-27T02:00:00Z");
    static final Actor CS = new Actor(UUID.randomUUID(), "Li Na");
    /** A cause from the seeded list: every red or amber case closes with one (ADR 0058). */
    static final RootCause WAITING = RootCause.add(com.dealercsi.shared.Factor.SERVICE_INITIATION, "Waiting", "等待", 20);

    static final Actor OTHER = new Actor(UUID.randomUUID(), "Zhang Wei");

    @Test
    void an_opened_case_has_its_owner_and_due_times_from_the_settings() {
        var opened = open(AlertLevel.RED);

        assertThat(opened.status()).isEqualTo(CaseStatus.OPEN);
        assertThat(opened.ownerName()).isEqualTo("Li Na");
        assertThat(opened.acknowledgeDue()).isEqualTo(T0.plus(Duration.ofHours(4)));
        assertThat(opened.firstContactDue()).isEqualTo(T0.plus(Duration.ofHours(24)));
        assertThat(opened.closeDue()).isEqualTo(T0.plus(Duration.ofHours(72)));
        assertThat(opened.audit()).extracting(AuditEntry::action).containsExactly("OPENED");
        assertThat(opened.allowedActions())
                .containsExactlyInAnyOrder(CaseAction.ACKNOWLEDGE, CaseAction.LOG_ATTEMPT, CaseAction.REASSIGN);
    }

    @Test
    void an_info_alert_opens_no_case() {
        assertThatThrownBy(() -> RecoveryCase.open(
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        AlertLevel.INFO,
                        "SA",
                        CS,
                        TIMES,
                        T0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void acknowledging_twice_is_refused() {
        var opened = open(AlertLevel.RED);
        opened.acknowledge(CS, T0.plusSeconds(60));

        assertThat(opened.status()).isEqualTo(CaseStatus.ACKNOWLEDGED);
        assertThat(opened.acknowledgedAt()).isEqualTo(T0.plusSeconds(60));
        assertViolation(() -> opened.acknowledge(CS, T0.plusSeconds(120)), "recovery.error.notOpen");
    }

    @Test
    void steps_need_an_acknowledged_case_and_a_note() {
        var opened = open(AlertLevel.RED);
        assertViolation(
                () -> opened.recordStep(RecoveryStep.APOLOGY, "sorry", null, null, null, CS, T0),
                "recovery.error.acknowledgeFirst");
        opened.acknowledge(CS, T0);
        assertViolation(
                () -> opened.recordStep(RecoveryStep.APOLOGY, "  ", null, null, null, CS, T0),
                "recovery.error.noteRequired");

        opened.recordStep(RecoveryStep.APOLOGY, "Called and apologised", null, null, null, CS, T0);

        assertThat(opened.status()).isEqualTo(CaseStatus.IN_RECOVERY);
        assertThat(opened.step(RecoveryStep.APOLOGY))
                .get()
                .extracting(StepRecord::note)
                .isEqualTo("Called and apologised");
    }

    @Test
    void the_fix_keeps_its_new_repair_order_and_the_atonement_needs_what_and_a_value() {
        var opened = acknowledged(AlertLevel.RED);
        opened.recordStep(RecoveryStep.FIX, "Re-did the brake job", "RO-2", null, null, CS, T0);
        assertViolation(
                () -> opened.recordStep(RecoveryStep.ATONEMENT, "voucher", null, null, BigDecimal.TEN, CS, T0),
                "recovery.error.atonementWhat");
        assertViolation(
                () -> opened.recordStep(
                        RecoveryStep.ATONEMENT, "voucher", null, "Voucher", new BigDecimal("-1"), CS, T0),
                "recovery.error.atonementValue");

        opened.recordStep(
                RecoveryStep.ATONEMENT, "Gave a voucher", null, "Car wash voucher", new BigDecimal("200"), CS, T0);

        assertThat(opened.step(RecoveryStep.FIX).orElseThrow().newRoNumber()).isEqualTo("RO-2");
        assertThat(opened.step(RecoveryStep.ATONEMENT).orElseThrow().atonementValueCny())
                .isEqualByComparingTo("200");
        assertThat(opened.audit())
                .extracting(AuditEntry::detail)
                .contains("Re-did the brake job · RO RO-2", "Gave a voucher · Car wash voucher · ¥200.00");
    }

    @Test
    void a_red_case_closes_only_after_the_four_steps_and_with_a_follow_up_note() {
        var opened = acknowledged(AlertLevel.RED);
        opened.recordStep(RecoveryStep.APOLOGY, "Apologised", null, null, null, CS, T0);
        opened.recordStep(RecoveryStep.FIX, "Fixed", null, null, null, CS, T0);
        assertThat(opened.missingSteps()).containsExactlyInAnyOrder(RecoveryStep.EMPATHY, RecoveryStep.ATONEMENT);
        assertThat(opened.allowedActions()).doesNotContain(CaseAction.CLOSE);
        assertViolation(
                () -> opened.close(FollowUpOutcome.SATISFIED, "ok", List.of(WAITING), null, CS, T0),
                "recovery.error.stepsMissing");

        opened.recordStep(RecoveryStep.EMPATHY, "Listened", null, null, null, CS, T0);
        opened.recordStep(RecoveryStep.ATONEMENT, "Voucher", null, "Oil change", new BigDecimal("388.00"), CS, T0);
        assertViolation(
                () -> opened.close(FollowUpOutcome.SATISFIED, " ", List.of(WAITING), null, CS, T0),
                "recovery.error.followUpNoteRequired");
        opened.close(FollowUpOutcome.SATISFIED, "Owner happy again", List.of(WAITING), null, CS, T0.plusSeconds(5));

        assertThat(opened.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(opened.outcome()).isEqualTo(FollowUpOutcome.SATISFIED);
        assertThat(opened.closedAt()).isEqualTo(T0.plusSeconds(5));
        assertThat(opened.step(RecoveryStep.FOLLOW_UP).orElseThrow().note()).isEqualTo("Owner happy again");
        assertThat(opened.allowedActions()).isEmpty();
        assertViolation(
                () -> opened.logAttempt(ContactChannel.PHONE, ContactResult.REACHED, "", CS, T0),
                "recovery.error.closed");
    }

    @Test
    void a_mild_amber_case_may_close_after_apology_and_fix() {
        var opened = acknowledged(AlertLevel.AMBER);
        opened.recordStep(RecoveryStep.APOLOGY, "Apologised", null, null, null, CS, T0);
        opened.recordStep(RecoveryStep.FIX, "Cleaned the car again", null, null, null, CS, T0);

        opened.close(FollowUpOutcome.STILL_UNHAPPY, "Accepts, still annoyed", List.of(WAITING), null, CS, T0);

        assertThat(opened.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(opened.outcome()).isEqualTo(FollowUpOutcome.STILL_UNHAPPY);
    }

    @Test
    void the_follow_up_is_recorded_by_closing_not_as_a_step() {
        var opened = acknowledged(AlertLevel.AMBER);
        assertViolation(
                () -> opened.recordStep(RecoveryStep.FOLLOW_UP, "x", null, null, null, CS, T0),
                "recovery.error.followUpByClosing");
    }

    @Test
    void a_call_on_an_open_case_acknowledges_it_and_a_reached_owner_is_the_first_contact() {
        var opened = open(AlertLevel.RED);
        opened.logAttempt(ContactChannel.PHONE, ContactResult.NO_ANSWER, "", CS, T0.plusSeconds(10));
        assertThat(opened.status()).isEqualTo(CaseStatus.ACKNOWLEDGED);
        assertThat(opened.firstContactAt()).isNull();

        opened.logAttempt(ContactChannel.WECHAT, ContactResult.REACHED, "Talked", CS, T0.plusSeconds(20));

        assertThat(opened.firstContactAt()).isEqualTo(T0.plusSeconds(20));
        assertThat(opened.attempts()).hasSize(2);
        assertThat(opened.audit())
                .extracting(AuditEntry::action)
                .containsExactly("OPENED", "ACKNOWLEDGED", "ATTEMPT", "ATTEMPT");
    }

    @Test
    void three_unsuccessful_attempts_allow_closing_as_unreachable() {
        var opened = open(AlertLevel.RED);
        assertViolation(() -> opened.closeUnreachable(CS, T0), "recovery.error.notEnoughAttempts");
        opened.logAttempt(ContactChannel.PHONE, ContactResult.NO_ANSWER, "", CS, T0);
        opened.logAttempt(ContactChannel.PHONE, ContactResult.REACHED, "hung up", CS, T0);
        opened.logAttempt(ContactChannel.PHONE, ContactResult.BUSY, "", CS, T0);
        assertViolation(() -> opened.closeUnreachable(CS, T0), "recovery.error.notEnoughAttempts");
        opened.logAttempt(ContactChannel.SMS, ContactResult.WRONG_NUMBER, "", CS, T0);
        assertThat(opened.unsuccessfulAttempts()).isEqualTo(CaseAction.UNREACHABLE_AFTER_ATTEMPTS);
        assertThat(opened.allowedActions()).contains(CaseAction.CLOSE_UNREACHABLE);

        opened.closeUnreachable(CS, T0);

        assertThat(opened.status()).isEqualTo(CaseStatus.CLOSED_UNREACHABLE);
        assertThat(opened.closedAt()).isEqualTo(T0);
    }

    @Test
    void reassigning_changes_the_owner_and_is_audited() {
        var opened = open(AlertLevel.AMBER);
        assertViolation(() -> opened.reassign(CS, OTHER, T0), "recovery.error.sameOwner");

        opened.reassign(OTHER, CS, T0);

        assertThat(opened.ownerStaffId()).isEqualTo(OTHER.staffId());
        assertThat(opened.ownerName()).isEqualTo("Zhang Wei");
        assertThat(opened.audit()).last().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("REASSIGNED");
            assertThat(entry.actor()).isEqualTo("Li Na");
            assertThat(entry.detail()).isEqualTo("Zhang Wei");
        });
    }

    @Test
    void an_unacknowledged_case_escalates_once_after_four_hours() {
        var opened = open(AlertLevel.RED);
        assertThat(opened.needsAcknowledgeEscalation(
                        T0.plus(Duration.ofHours(4)).minusSeconds(1)))
                .isFalse();
        var late = T0.plus(Duration.ofHours(4));
        assertThat(opened.needsAcknowledgeEscalation(late)).isTrue();
        assertThat(opened.isOverdue(late.plusSeconds(1))).isTrue();

        opened.markAcknowledgeEscalated(late);

        assertThat(opened.needsAcknowledgeEscalation(late.plusSeconds(3600))).isFalse();
        assertThat(opened.escalated()).isTrue();
        assertViolation(() -> opened.markAcknowledgeEscalated(late), "recovery.error.noBreach");
    }

    @Test
    void an_acknowledged_case_does_not_escalate_for_acknowledgement_but_for_closing_late() {
        var opened = acknowledged(AlertLevel.AMBER);
        opened.logAttempt(ContactChannel.PHONE, ContactResult.REACHED, "", CS, T0);
        assertThat(opened.needsAcknowledgeEscalation(T0.plus(Duration.ofHours(5))))
                .isFalse();
        assertThat(opened.isOverdue(T0.plus(Duration.ofHours(71)))).isFalse();

        var late = T0.plus(Duration.ofHours(72));
        assertThat(opened.needsCloseEscalation(late)).isTrue();
        opened.markCloseEscalated(late);

        assertThat(opened.needsCloseEscalation(late.plusSeconds(60))).isFalse();
        assertThat(opened.isOverdue(late.plusSeconds(60))).isTrue();
    }

    @Test
    void no_first_contact_within_a_day_makes_the_case_overdue() {
        var opened = acknowledged(AlertLevel.AMBER);
        assertThat(opened.isOverdue(T0.plus(Duration.ofHours(24)))).isFalse();
        assertThat(opened.isOverdue(T0.plus(Duration.ofHours(24)).plusSeconds(1)))
                .isTrue();
    }

    @Test
    void a_closed_case_is_never_overdue_nor_escalated() {
        var opened = acknowledged(AlertLevel.AMBER);
        opened.recordStep(RecoveryStep.APOLOGY, "a", null, null, null, CS, T0);
        opened.recordStep(RecoveryStep.FIX, "b", null, null, null, CS, T0);
        opened.close(FollowUpOutcome.SATISFIED, "c", List.of(WAITING), null, CS, T0);

        var muchLater = T0.plus(Duration.ofDays(30));
        assertThat(opened.isOverdue(muchLater)).isFalse();
        assertThat(opened.needsCloseEscalation(muchLater)).isFalse();
    }

    static RecoveryCase open(AlertLevel level) {
        return RecoveryCase.open(
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                level,
                "顾问 A",
                CS,
                TIMES,
                T0);
    }

    static RecoveryCase acknowledged(AlertLevel level) {
        var opened = open(level);
        opened.acknowledge(CS, T0);
        return opened;
    }

    static void assertViolation(Runnable change, String key) {
        assertThatThrownBy(change::run).isInstanceOf(CaseRuleViolation.class).hasMessage(key);
    }
}
