package com.dealercsi.plans.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dealercsi.plans.PlanProblem;
import com.dealercsi.plans.PlanRuleViolation;
import com.dealercsi.plans.PlanStatus;
import com.dealercsi.plans.PlanSubject;
import com.dealercsi.plans.SubjectKind;
import com.dealercsi.shared.Factor;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ActionPlanTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    private static final Instant NOW = Instant.parse("2026-12-03T02:00:00Z");
    private static final ActionPlan.Actor MANAGER = new ActionPlan.Actor("经理 王", UUID.randomUUID());
    private static final ActionPlan.Owner OWNER = new ActionPlan.Owner(UUID.randomUUID(), "顾问 李");
    private static final PlanSubject WAITING = PlanSubject.of(SubjectKind.TOPIC, "SI.WAITING", null);

    private static ActionPlan plan(LocalDate due) {
        return ActionPlan.open(
                UUID.randomUUID(), WAITING, "Owners wait too long", "Express lane", OWNER, due, TODAY, MANAGER, NOW);
    }

    @Test
    void an_opened_plan_is_open_with_its_subjects_factor_and_one_history_line() {
        var plan = plan(TODAY.plusDays(14));

        assertThat(plan.status()).isEqualTo(PlanStatus.OPEN);
        assertThat(plan.subject().factor()).isEqualTo(Factor.SERVICE_INITIATION);
        assertThat(plan.ownerName()).isEqualTo("顾问 李");
        assertThat(plan.history()).extracting(PlanHistoryLine::action).containsExactly("OPENED");
    }

    @Test
    void a_plan_without_problem_measures_owner_or_due_date_is_refused_with_every_reason() {
        assertThatThrownBy(() -> ActionPlan.open(UUID.randomUUID(), WAITING, " ", "", null, null, TODAY, MANAGER, NOW))
                .isInstanceOfSatisfying(
                        PlanRuleViolation.class,
                        violation -> assertThat(violation.problems())
                                .extracting(PlanProblem::field)
                                .containsExactly("problem", "measures", "owner", "due"));
    }

    @Test
    void a_due_date_in_the_past_is_refused_but_today_is_allowed() {
        assertThatThrownBy(() -> plan(TODAY.minusDays(1)))
                .isInstanceOfSatisfying(
                        PlanRuleViolation.class,
                        violation -> assertThat(violation.problems())
                                .containsExactly(new PlanProblem("due", "plans.error.duePast")));
        assertThat(plan(TODAY).dueDate()).isEqualTo(TODAY);
    }

    @Test
    void start_then_complete_records_who_and_the_result() {
        var plan = plan(TODAY.plusDays(7));
        plan.start(MANAGER, NOW.plusSeconds(60));
        plan.complete("  Waiting down to 20 minutes ", MANAGER, NOW.plusSeconds(120));

        assertThat(plan.status()).isEqualTo(PlanStatus.DONE);
        assertThat(plan.startedAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(plan.finishedAt()).isEqualTo(NOW.plusSeconds(120));
        assertThat(plan.resultNote()).isEqualTo("Waiting down to 20 minutes");
        assertThat(plan.history())
                .extracting(PlanHistoryLine::action)
                .containsExactly("OPENED", "STARTED", "COMPLETED");
    }

    @Test
    void only_an_open_plan_starts() {
        var plan = plan(TODAY.plusDays(7));
        plan.start(MANAGER, NOW);

        assertThatThrownBy(() -> plan.start(MANAGER, NOW)).isInstanceOf(PlanRuleViolation.class);
    }

    @Test
    void completing_needs_a_result_and_cancelling_a_reason() {
        var plan = plan(TODAY.plusDays(7));

        assertThatThrownBy(() -> plan.complete(" ", MANAGER, NOW)).hasMessageContaining("plans.error.resultRequired");
        assertThatThrownBy(() -> plan.cancel("", MANAGER, NOW)).hasMessageContaining("plans.error.reasonRequired");
        assertThat(plan.status()).isEqualTo(PlanStatus.OPEN);
    }

    @Test
    void a_finished_plan_changes_no_more() {
        var plan = plan(TODAY.plusDays(7));
        plan.cancel("Store closed for renovation", MANAGER, NOW);

        assertThat(plan.status()).isEqualTo(PlanStatus.CANCELLED);
        assertThatThrownBy(() -> plan.complete("done", MANAGER, NOW)).hasMessageContaining("plans.error.finished");
        assertThatThrownBy(() -> plan.changeDue(TODAY.plusDays(30), TODAY, MANAGER, NOW))
                .hasMessageContaining("plans.error.finished");
        assertThat(plan.isOverdue(TODAY.plusDays(30))).isFalse();
    }

    @Test
    void a_new_due_date_must_differ_and_not_be_past() {
        var plan = plan(TODAY.plusDays(7));

        assertThatThrownBy(() -> plan.changeDue(TODAY.plusDays(7), TODAY, MANAGER, NOW))
                .hasMessageContaining("plans.error.dueUnchanged");
        assertThatThrownBy(() -> plan.changeDue(TODAY.minusDays(1), TODAY, MANAGER, NOW))
                .hasMessageContaining("plans.error.duePast");
        plan.changeDue(TODAY.plusDays(21), TODAY, MANAGER, NOW);
        assertThat(plan.dueDate()).isEqualTo(TODAY.plusDays(21));
    }

    @Test
    void overdue_from_the_day_after_the_due_date() {
        var plan = plan(TODAY.plusDays(7));

        assertThat(plan.isOverdue(TODAY.plusDays(7))).isFalse();
        assertThat(plan.isOverdue(TODAY.plusDays(8))).isTrue();
    }

    @Test
    void the_owner_is_reminded_once_per_due_date_and_again_for_a_new_one() {
        var plan = plan(TODAY.plusDays(1));

        assertThat(plan.needsSoonReminder(TODAY)).isTrue();
        plan.markSoonReminded();
        assertThat(plan.needsSoonReminder(TODAY)).isFalse();

        var dayAfterDue = TODAY.plusDays(2);
        assertThat(plan.needsOverdueReminder(dayAfterDue)).isTrue();
        plan.markOverdueReminded();
        assertThat(plan.needsOverdueReminder(dayAfterDue)).isFalse();
        assertThat(plan.needsOverdueReminder(dayAfterDue.plusDays(5))).isFalse();

        plan.changeDue(dayAfterDue.plusDays(3), dayAfterDue, MANAGER, NOW);
        assertThat(plan.needsOverdueReminder(dayAfterDue.plusDays(4))).isTrue();
    }
}
