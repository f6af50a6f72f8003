package com.dealercsi.recovery.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CaseHistoryErasureTest {

    @Test
    void an_attempt_keeps_its_channel_and_result_and_loses_its_note() {
        assertThat(CaseHistoryErasure.detail("ATTEMPT", "PHONE · REACHED · 王女士说等了三小时 · 要投诉"))
                .isEqualTo("PHONE · REACHED · [erased]");
        assertThat(CaseHistoryErasure.detail("ATTEMPT", "PHONE · NO_ANSWER")).isEqualTo("PHONE · NO_ANSWER");
    }

    @Test
    void closing_keeps_its_outcome_and_the_follow_up_answer_its_rating() {
        assertThat(CaseHistoryErasure.detail("CLOSED", "SATISFIED · Called back, brakes fine"))
                .isEqualTo("SATISFIED · [erased]");
        assertThat(CaseHistoryErasure.detail("FOLLOW_UP_ANSWERED", "NO · 2/5 · Still rattles · call me"))
                .isEqualTo("NO · 2/5 · [erased]");
        assertThat(CaseHistoryErasure.detail("FOLLOW_UP_ANSWERED", "YES · 5/5")).isEqualTo("YES · 5/5");
    }

    @Test
    void a_step_is_typed_by_staff_whole_and_goes_whole() {
        assertThat(CaseHistoryErasure.detail("STEP_ATONEMENT", "Sorry · RO R-2 · free oil change · ¥300.00"))
                .isEqualTo("[erased]");
        assertThat(CaseHistoryErasure.detail("STEP_APOLOGY", "")).isEmpty();
    }

    @Test
    void lines_holding_codes_counts_or_staff_stay() {
        assertThat(CaseHistoryErasure.detail("OPENED", "RED → CS T1")).isEqualTo("RED → CS T1");
        assertThat(CaseHistoryErasure.detail("REASSIGNED", "CS T2")).isEqualTo("CS T2");
        assertThat(CaseHistoryErasure.detail("CLOSED_UNREACHABLE", "3")).isEqualTo("3");
        assertThat(CaseHistoryErasure.detail("FOLLOW_UP_CANCELLED", "OPTED_OUT"))
                .isEqualTo("OPTED_OUT");
    }

    @Test
    void only_the_owners_follow_up_answer_is_signed_with_the_owners_name() {
        assertThat(CaseHistoryErasure.actorIsOwner("FOLLOW_UP_ANSWERED", false)).isTrue();
        assertThat(CaseHistoryErasure.actorIsOwner("FOLLOW_UP_ANSWERED", true)).isFalse();
        assertThat(CaseHistoryErasure.actorIsOwner("ESCALATED_CLOSE", false)).isFalse();
    }
}
