package com.dealercsi.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealercsi.admin.Role;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RevealPurposeTest {

    @Test
    void advisors_and_group_managers_call_nobody_so_no_purpose_lets_them_see_a_contact_in_full() {
        for (var purpose : RevealPurpose.values()) {
            assertThat(purpose.allows(Set.of(Role.ADVISOR))).as(purpose.name()).isFalse();
            assertThat(purpose.allows(Set.of(Role.GROUP_MANAGER)))
                    .as(purpose.name())
                    .isFalse();
            assertThat(purpose.allows(Set.of(Role.ADVISOR, Role.GROUP_MANAGER)))
                    .as(purpose.name())
                    .isFalse();
            assertThat(purpose.allows(Set.of())).as(purpose.name()).isFalse();
        }
    }

    @Test
    void the_customer_service_team_and_the_service_manager_may_for_every_call() {
        for (var role : List.of(Role.CUSTOMER_SERVICE, Role.CUSTOMER_SERVICE_MANAGER, Role.STORE_MANAGER)) {
            assertThat(EnumSet.allOf(RevealPurpose.class)).allMatch(purpose -> purpose.allows(Set.of(role)));
        }
    }

    @Test
    void the_general_manager_calls_back_about_escalated_cases_but_not_from_the_revisit_desk() {
        var gm = Set.of(Role.GENERAL_MANAGER);

        assertThat(RevealPurpose.CASE.allows(gm)).isTrue();
        assertThat(RevealPurpose.REVISIT_CALL.allows(gm)).isFalse();
        assertThat(RevealPurpose.PHONE_SURVEY.allows(gm)).isFalse();
    }

    @Test
    void a_second_role_that_does_the_job_is_enough() {
        assertThat(RevealPurpose.REVISIT_CALL.allows(Set.of(Role.ADVISOR, Role.CUSTOMER_SERVICE)))
                .isTrue();
    }
}
