package com.dealercsi.survey;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealercsi.shared.Factor;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QuestionnaireTest {

    private static final Map<Factor, Integer> WEIGHTS = Map.of(
            Factor.SERVICE_INITIATION,
            21,
            Factor.SERVICE_ADVISOR,
            19,
            Factor.SERVICE_QUALITY,
            22,
            Factor.SERVICE_FACILITY,
            20,
            Factor.VEHICLE_PICKUP,
            18);

    @Test
    void a_standard_questionnaire_has_one_page_per_factor_in_factor_order() {
        var questionnaire = questionnaire(
                item("SA1", Factor.SERVICE_ADVISOR), item("SI1", Factor.SERVICE_INITIATION),
                item("SI2", Factor.SERVICE_INITIATION), item("VP1", Factor.VEHICLE_PICKUP));

        assertThat(questionnaire.pages())
                .extracting(page -> page.stream().map(QuestionnaireItem::id).toList())
                .containsExactly(List.of("SI1", "SI2"), List.of("SA1"), List.of("VP1"));
    }

    @Test
    void a_quick_pulse_fits_on_one_page() {
        var questionnaire = questionnaire(
                item("QSI", Factor.SERVICE_INITIATION),
                item("QSA", Factor.SERVICE_ADVISOR),
                item("QVP", Factor.VEHICLE_PICKUP));

        assertThat(questionnaire.pages()).hasSize(1);
        assertThat(questionnaire.pages().getFirst())
                .extracting(QuestionnaireItem::id)
                .containsExactly("QSI", "QSA", "QVP");
    }

    @Test
    void a_page_of_one_factor_is_named_after_it_and_a_quick_pulse_after_all_factors() {
        var standard = questionnaire(
                item("SI1", Factor.SERVICE_INITIATION),
                item("SI2", Factor.SERVICE_INITIATION),
                item("SA1", Factor.SERVICE_ADVISOR),
                item("SA2", Factor.SERVICE_ADVISOR));
        var pulse = questionnaire(item("QSI", Factor.SERVICE_INITIATION), item("QSA", Factor.SERVICE_ADVISOR));

        assertThat(standard.pages())
                .extracting(Questionnaire::titleKeyOf)
                .containsExactly(Factor.SERVICE_INITIATION.messageKey(), Factor.SERVICE_ADVISOR.messageKey());
        assertThat(Questionnaire.titleKeyOf(pulse.pages().getFirst())).isEqualTo("survey.step.allFactors");
    }

    @Test
    void a_new_version_needs_a_name_unique_ids_both_texts_and_weights_for_used_factors() {
        var request = new NewQuestionnaireVersion(
                1,
                " ",
                List.of(
                        item("SI1", Factor.SERVICE_INITIATION),
                        item("SI1", Factor.SERVICE_INITIATION),
                        new QuestionnaireItem("si 2", Factor.SERVICE_ADVISOR, "礼貌", ""),
                        item("VP1", Factor.VEHICLE_PICKUP)),
                Map.of(Factor.SERVICE_INITIATION, 21, Factor.SERVICE_ADVISOR, 120, Factor.VEHICLE_PICKUP, 0));

        assertThat(request.check())
                .extracting(SurveySubmission.Problem::field, SurveySubmission.Problem::messageKey)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("name", "questionnaire.error.name"),
                        org.assertj.core.groups.Tuple.tuple("SI1", "questionnaire.error.duplicateId"),
                        org.assertj.core.groups.Tuple.tuple("si 2", "questionnaire.error.itemId"),
                        org.assertj.core.groups.Tuple.tuple("si 2", "questionnaire.error.itemText"),
                        org.assertj.core.groups.Tuple.tuple("SA", "questionnaire.error.weightRange"),
                        org.assertj.core.groups.Tuple.tuple("VP", "questionnaire.error.weightZero"));
    }

    @Test
    void a_complete_new_version_has_no_problems() {
        var request = new NewQuestionnaireVersion(
                1,
                "Spring campaign",
                List.of(item("SI1", Factor.SERVICE_INITIATION), item("SQ9", Factor.SERVICE_QUALITY)),
                WEIGHTS);

        assertThat(request.check()).isEmpty();
    }

    private static Questionnaire questionnaire(QuestionnaireItem... items) {
        return new Questionnaire(
                7, "Test", QuestionnaireTemplate.STANDARD, null, List.of(items), WEIGHTS, Instant.EPOCH);
    }

    private static QuestionnaireItem item(String id, Factor factor) {
        return new QuestionnaireItem(id, factor, "问题 " + id, "Question " + id);
    }
}
