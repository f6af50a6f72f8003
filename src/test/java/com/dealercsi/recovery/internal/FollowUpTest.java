package com.dealercsi.recovery.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dealercsi.recovery.CaseRuleViolation;
import com.dealercsi.recovery.FollowUpAnswer;
import com.dealercsi.recovery.FollowUpCancelReason;
import com.dealercsi.recovery.FollowUpStatus;
import com.dealercsi.recovery.MadeRight;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The follow-up survey's own rules, without a database: when it is due, that it goes once and is answered once. */
class FollowUpTest {

    static final Instant CLOSED = Instant.parse("2026-03-02T02:00:00Z");
    static final Instant DUE = CLOSED.plus(Duration.ofDays(10));

    @Test
    void a_survey_is_due_from_its_day_on_and_not_a_second_earlier() {
        var followUp = scheduled();

        assertThat(followUp.isDue(DUE.minusSeconds(1))).isFalse();
        assertThat(followUp.isDue(DUE)).isTrue();
        assertThatThrownBy(() -> followUp.queue(DUE.minusSeconds(1))).isInstanceOf(CaseRuleViolation.class);
    }

    @Test
    void a_queued_survey_is_no_longer_due_so_a_second_run_of_the_job_leaves_it_alone() {
        var followUp = scheduled();
        followUp.queue(DUE);

        assertThat(followUp.isDue(DUE.plusSeconds(60))).isFalse();
        assertThatThrownBy(() -> followUp.queue(DUE.plusSeconds(60))).isInstanceOf(CaseRuleViolation.class);
    }

    @Test
    void a_sent_survey_takes_one_answer_until_its_link_runs_out() {
        var followUp = sent();
        var answer = new FollowUpAnswer(MadeRight.PARTLY, 7, "  The noise is less  ");

        followUp.answer(answer, DUE.plus(Duration.ofDays(1)));

        assertThat(followUp.status()).isEqualTo(FollowUpStatus.ANSWERED);
        assertThat(followUp.answer()).isEqualTo(new FollowUpAnswer(MadeRight.PARTLY, 7, "The noise is less"));
        assertThat(followUp.canBeAnswered(DUE.plus(Duration.ofDays(2)))).isFalse();
        assertThatThrownBy(
                        () -> followUp.answer(new FollowUpAnswer(MadeRight.NO, 1, null), DUE.plus(Duration.ofDays(2))))
                .isInstanceOf(CaseRuleViolation.class);
        assertThat(followUp.answer().madeRight()).isEqualTo(MadeRight.PARTLY);
    }

    @Test
    void an_expired_link_takes_no_answer() {
        var followUp = sent();

        assertThat(followUp.canBeAnswered(DUE.plus(Duration.ofDays(14)).minusSeconds(1)))
                .isTrue();
        assertThat(followUp.canBeAnswered(DUE.plus(Duration.ofDays(14)))).isFalse();
    }

    @Test
    void only_a_survey_that_has_not_gone_out_can_be_cancelled() {
        var waiting = scheduled();
        waiting.cancel(FollowUpCancelReason.OPTED_OUT, DUE);
        assertThat(waiting.view().cancelReason()).isEqualTo(FollowUpCancelReason.OPTED_OUT);
        assertThat(waiting.isDue(DUE)).isFalse();

        var gone = sent();
        assertThatThrownBy(() -> gone.cancel(FollowUpCancelReason.CASE_REOPENED, DUE))
                .isInstanceOf(CaseRuleViolation.class);
    }

    @Test
    void a_scheduled_survey_cannot_be_answered() {
        assertThat(scheduled().canBeAnswered(DUE.plus(Duration.ofDays(1)))).isFalse();
    }

    @Test
    void satisfaction_is_on_the_surveys_one_to_ten_scale_and_a_blank_comment_is_none() {
        assertThatThrownBy(() -> new FollowUpAnswer(MadeRight.YES, 0, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FollowUpAnswer(MadeRight.YES, 11, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new FollowUpAnswer(MadeRight.YES, 10, "   ").comment()).isNull();
        assertThatThrownBy(() -> new FollowUpAnswer(MadeRight.NO, 5, "x".repeat(2001)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static FollowUp scheduled() {
        return FollowUp.schedule(UUID.randomUUID(), UUID.randomUUID(), DUE, CLOSED);
    }

    private static FollowUp sent() {
        var followUp = scheduled();
        followUp.queue(DUE);
        followUp.send("a".repeat(64), DUE, DUE.plus(Duration.ofDays(14)));
        return followUp;
    }
}
