package com.dealercsi.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dealercsi.shared.Factor;
import org.junit.jupiter.api.Test;

class PlanSubjectTest {

    @Test
    void a_factor_is_stored_by_its_name_whether_named_or_abbreviated() {
        assertThat(PlanSubject.of(SubjectKind.FACTOR, "service_advisor", null))
                .isEqualTo(new PlanSubject(SubjectKind.FACTOR, "SERVICE_ADVISOR", Factor.SERVICE_ADVISOR));
        assertThat(PlanSubject.of(SubjectKind.FACTOR, "SA", null).code()).isEqualTo("SERVICE_ADVISOR");
    }

    @Test
    void an_items_factor_is_its_codes_prefix() {
        assertThat(PlanSubject.of(SubjectKind.ITEM, "vp3", null))
                .isEqualTo(new PlanSubject(SubjectKind.ITEM, "VP3", Factor.VEHICLE_PICKUP));
        assertThatThrownBy(() -> PlanSubject.of(SubjectKind.ITEM, "XX1", null))
                .hasMessageContaining("plans.error.subjectUnknown");
    }

    @Test
    void a_topics_and_a_known_causes_factor_comes_from_the_topic_list() {
        assertThat(PlanSubject.of(SubjectKind.TOPIC, "SQ.FIXED_FIRST_TIME", null)
                        .factor())
                .isEqualTo(Factor.SERVICE_QUALITY);
        // the factor the opener picked does not override the list
        assertThat(PlanSubject.of(SubjectKind.CAUSE, "VP.CAR_CLEAN", Factor.SERVICE_ADVISOR)
                        .factor())
                .isEqualTo(Factor.VEHICLE_PICKUP);
        assertThatThrownBy(() -> PlanSubject.of(SubjectKind.TOPIC, "SF.NO_SUCH", null))
                .hasMessageContaining("plans.error.subjectUnknown");
    }

    @Test
    void a_cause_added_by_an_administrator_takes_the_factor_the_opener_picks() {
        assertThat(PlanSubject.of(SubjectKind.CAUSE, "SF.WIFI", Factor.SERVICE_FACILITY))
                .isEqualTo(new PlanSubject(SubjectKind.CAUSE, "SF.WIFI", Factor.SERVICE_FACILITY));
        assertThatThrownBy(() -> PlanSubject.of(SubjectKind.CAUSE, "SF.WIFI", null))
                .isInstanceOfSatisfying(
                        PlanRuleViolation.class,
                        violation -> assertThat(violation.problems())
                                .containsExactly(new PlanProblem("factor", "plans.error.factorRequired")));
    }
}
