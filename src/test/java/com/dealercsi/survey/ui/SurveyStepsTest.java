package com.dealercsi.survey.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealercsi.shared.Factor;
import com.dealercsi.survey.QuestionnaireItem;
import java.util.List;
import org.junit.jupiter.api.Test;

class SurveyStepsTest {

    private static final SurveySteps FIVE_PAGES = new SurveySteps(List.of(
            List.of(item("SI1", Factor.SERVICE_INITIATION), item("SI2", Factor.SERVICE_INITIATION)),
            List.of(item("SA1", Factor.SERVICE_ADVISOR)),
            List.of(item("SQ1", Factor.SERVICE_QUALITY)),
            List.of(item("SF1", Factor.SERVICE_FACILITY)),
            List.of(item("VP1", Factor.VEHICLE_PICKUP))));

    @Test
    void the_rating_pages_are_followed_by_overall_comment_and_review() {
        assertThat(FIVE_PAGES.overall()).isEqualTo(5);
        assertThat(FIVE_PAGES.comment()).isEqualTo(6);
        assertThat(FIVE_PAGES.review()).isEqualTo(7);
        assertThat(FIVE_PAGES.count()).isEqualTo(8);
    }

    @Test
    void a_problem_leads_back_to_the_step_where_its_field_is_answered() {
        assertThat(FIVE_PAGES.of("SI2")).isEqualTo(0);
        assertThat(FIVE_PAGES.of("VP1")).isEqualTo(4);
        assertThat(FIVE_PAGES.of("OS")).isEqualTo(5);
        assertThat(FIVE_PAGES.of("NPS")).isEqualTo(5);
        assertThat(FIVE_PAGES.of("C")).isEqualTo(6);
        assertThat(FIVE_PAGES.of("CB")).isEqualTo(6);
        assertThat(FIVE_PAGES.of("gone")).isEqualTo(0);
    }

    @Test
    void a_saved_step_outside_the_survey_lands_on_the_first_or_the_review() {
        assertThat(FIVE_PAGES.clamp(-1)).isZero();
        assertThat(FIVE_PAGES.clamp(3)).isEqualTo(3);
        assertThat(FIVE_PAGES.clamp(12)).isEqualTo(7);
        assertThat(new SurveySteps(List.of()).clamp(5)).isEqualTo(2);
    }

    private static QuestionnaireItem item(String id, Factor factor) {
        return new QuestionnaireItem(id, factor, id + " zh", id + " en");
    }
}
