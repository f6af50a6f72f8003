package com.dealercsi.recovery.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dealercsi.recovery.Actor;
import com.dealercsi.recovery.CaseRuleViolation;
import com.dealercsi.recovery.RevisitResult;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RevisitVisitTest {

    static final Instant DELIVERED = Instant.parse("2026-11-20T02:00:00Z");
    static final Duration AFTER = Duration.ofDays(4);
    static final Actor CS = new Actor(UUID.randomUUID(), "Li Na");

    @Test
    void an_unanswered_visit_is_due_after_the_reminder_period_and_an_answered_one_never() {
        var visit = new RevisitVisit(UUID.randomUUID(), UUID.randomUUID(), DELIVERED);
        assertThat(visit.isDue(DELIVERED.plus(AFTER).minusSeconds(1), AFTER)).isFalse();
        assertThat(visit.isDue(DELIVERED.plus(AFTER), AFTER)).isTrue();

        visit.answered(DELIVERED.plus(Duration.ofDays(5)));

        assertThat(visit.isDue(DELIVERED.plus(Duration.ofDays(6)), AFTER)).isFalse();
        assertThatThrownBy(() -> visit.logCall(RevisitResult.REACHED, "", CS, DELIVERED.plus(Duration.ofDays(6))))
                .isInstanceOf(CaseRuleViolation.class);
    }

    @Test
    void an_unreachable_owner_is_tried_again_a_day_later_and_three_times_at_most() {
        var visit = new RevisitVisit(UUID.randomUUID(), UUID.randomUUID(), DELIVERED);
        var day4 = DELIVERED.plus(AFTER);
        visit.logCall(RevisitResult.UNREACHABLE, "", CS, day4);
        assertThat(visit.isDue(day4.plus(Duration.ofHours(23)), AFTER)).isFalse();
        assertThat(visit.isDue(day4.plus(Duration.ofDays(1)), AFTER)).isTrue();
        visit.logCall(RevisitResult.UNREACHABLE, "", CS, day4.plus(Duration.ofDays(1)));
        visit.logCall(RevisitResult.UNREACHABLE, "", CS, day4.plus(Duration.ofDays(2)));

        assertThat(visit.isFinished()).isTrue();
        assertThat(visit.isDue(day4.plus(Duration.ofDays(5)), AFTER)).isFalse();
        assertThat(visit.callLog()).hasSize(3);
    }

    @Test
    void a_revisit_counts_when_answered_or_reached_within_seven_days() {
        var answered = new RevisitVisit(UUID.randomUUID(), UUID.randomUUID(), DELIVERED);
        answered.answered(DELIVERED.plus(Duration.ofDays(7)));
        var reachedLate = new RevisitVisit(UUID.randomUUID(), UUID.randomUUID(), DELIVERED);
        reachedLate.logCall(RevisitResult.REACHED, "ok", CS, DELIVERED.plus(Duration.ofDays(8)));
        var declined = new RevisitVisit(UUID.randomUUID(), UUID.randomUUID(), DELIVERED);
        declined.logCall(RevisitResult.DECLINED, "", CS, DELIVERED.plus(Duration.ofDays(5)));

        assertThat(answered.revisitedWithinAWeek()).isTrue();
        assertThat(reachedLate.revisitedWithinAWeek()).isFalse();
        assertThat(declined.revisitedWithinAWeek()).isFalse();
        assertThat(declined.isFinished()).isTrue();
    }
}
