package com.dealercsi.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dealercsi.shared.Factor;
import com.dealercsi.support.Api;
import com.dealercsi.support.IntegrationTest;
import com.dealercsi.support.Mails;
import com.dealercsi.support.TestMailServer;
import com.dealercsi.support.TestStores;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

class QuestionnairesIT extends IntegrationTest {

    @Autowired
    Questionnaires questionnaires;

    @Autowired
    Surveys surveys;

    @Autowired
    TestStores stores;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_store_that_never_chose_uses_the_standard_questionnaire_of_the_brief() {
        var store = stores.create();

        var standard = questionnaires.activeFor(store.store().id());

        assertThat(standard.version()).isEqualTo(Questionnaires.STANDARD_VERSION);
        assertThat(standard.items()).hasSize(15);
        assertThat(standard.item("SA2")).hasValueSatisfying(item -> {
            assertThat(item.textZh()).isEqualTo("施工前对项目和费用的解释");
            assertThat(item.textEn()).isEqualTo("Explanation of the work and cost before it started");
        });
        assertThat(standard.weights())
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        Factor.SERVICE_INITIATION,
                        21,
                        Factor.SERVICE_ADVISOR,
                        19,
                        Factor.SERVICE_QUALITY,
                        22,
                        Factor.SERVICE_FACILITY,
                        20,
                        Factor.VEHICLE_PICKUP,
                        18));
    }

    @Test
    void a_new_version_leaves_its_base_unchanged_and_answers_keep_the_version_and_weights_they_were_given_in() {
        var store = stores.create();
        var standard = questionnaires.get(Questionnaires.STANDARD_VERSION);
        var items = new ArrayList<>(standard.items());
        items.set(0, new QuestionnaireItem("SI1", Factor.SERVICE_INITIATION, "微信预约是否方便", "Booking on WeChat"));
        var weights = new EnumMap<>(standard.weights());
        weights.put(Factor.SERVICE_INITIATION, 50);

        var created = TestStores.asAdmin(() -> {
            var version = questionnaires.createVersion(
                    new NewQuestionnaireVersion(standard.version(), "WeChat", items, weights));
            questionnaires.activate(store.store().id(), version.version());
            return version;
        });
        var token = invite(store);
        var opening = surveys.open(token);
        // SI all 10, everything else 5: CSI = (50·1000 + (19+22+20+18)·500) / (50+79)
        var ratings = new HashMap<String, Integer>();
        created.items().forEach(item -> ratings.put(item.id(), item.factor() == Factor.SERVICE_INITIATION ? 10 : 5));
        var result = surveys.submit(token, created.version(), new SurveyAnswers(ratings, 7, 7, null, false));

        assertThat(questionnaires
                        .get(Questionnaires.STANDARD_VERSION)
                        .item("SI1")
                        .orElseThrow()
                        .textEn())
                .isEqualTo("Ease of arranging the service visit");
        assertThat(opening)
                .isInstanceOfSatisfying(
                        SurveyOpening.Ready.class,
                        ready -> assertThat(ready.questionnaire()
                                        .item("SI1")
                                        .orElseThrow()
                                        .textZh())
                                .isEqualTo("微信预约是否方便"));
        assertThat(result).isInstanceOf(SurveySubmission.Stored.class);
        assertThat(jdbc.queryForObject(
                        "select questionnaire_version from survey_response where store_id = ?",
                        Integer.class,
                        store.store().id()))
                .isEqualTo(created.version());
        // the score is written by a listener after the answer: until then the row is not there (an exception to wait
        // out)
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .ignoreExceptions()
                .untilAsserted(() -> assertThat(jdbc.queryForObject(
                                "select round(csi, 2) from response_score where store_id = ?",
                                Double.class,
                                store.store().id()))
                        .isEqualTo(693.80));
    }

    @Test
    void the_quick_pulse_is_one_page_of_five_questions_and_is_scored_per_factor() {
        var store = stores.create();
        TestStores.asAdmin(() -> {
            questionnaires.activate(store.store().id(), 2);
            return null;
        });
        var token = invite(store);

        var opening = (SurveyOpening.Ready) surveys.open(token);
        var ratings = Map.of("QSI", 9, "QSA", 8, "QSQ", 7, "QSF", SurveyAnswers.NOT_APPLICABLE, "QVP", 6);
        surveys.submit(token, opening.questionnaire().version(), new SurveyAnswers(ratings, 8, 9, null, false));

        assertThat(opening.questionnaire().pages()).hasSize(1);
        assertThat(opening.questionnaire().pages().getFirst()).hasSize(5);
        // (21·900 + 19·800 + 22·700 + 18·600) / (21+19+22+18) = 60300 / 80
        // the score is written by a listener after the answer: until then the row is not there (an exception to wait
        // out)
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .ignoreExceptions()
                .untilAsserted(() -> assertThat(jdbc.queryForMap(
                                "select csi, service_facility from response_score where store_id = ?",
                                store.store().id()))
                        .containsEntry("csi", 753.75)
                        .containsEntry("service_facility", null));
    }

    @Test
    void a_draft_keeps_the_version_it_was_started_in_when_the_store_switches() {
        var store = stores.create();
        var token = invite(store);
        surveys.saveProgress(
                token,
                new SavedProgress(
                        new SurveyAnswers(Map.of("SI1", 8), null, null, null, null),
                        0,
                        Questionnaires.STANDARD_VERSION));

        TestStores.asAdmin(() -> {
            questionnaires.activate(store.store().id(), 2);
            return null;
        });

        assertThat(surveys.open(token)).isInstanceOfSatisfying(SurveyOpening.Ready.class, ready -> {
            assertThat(ready.questionnaire().version()).isEqualTo(Questionnaires.STANDARD_VERSION);
            assertThat(ready.progress().answers().ratings()).containsEntry("SI1", 8);
        });
    }

    @Test
    void a_wrong_version_is_refused_with_its_problems_and_only_administrators_may_create_one() {
        var standard = questionnaires.get(Questionnaires.STANDARD_VERSION);
        var request = new NewQuestionnaireVersion(1, "", standard.items(), standard.weights());

        assertThatThrownBy(() -> TestStores.asAdmin(() -> questionnaires.createVersion(request)))
                .hasRootCauseInstanceOf(Questionnaires.QuestionnaireRejected.class);
        assertThatThrownBy(() -> questionnaires.createVersion(
                        new NewQuestionnaireVersion(1, "Fine", standard.items(), standard.weights())))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    private String invite(TestStores.TestStore store) {
        var email = "q-" + store.code() + "@example.com";
        Api.postVisit(baseUrl(), store.apiKey(), Api.visitJson("RO-Q", email, store.advisorCode(), "zh-CN"), "en");
        var link = Mails.surveyLink(
                TestMailServer.awaitMails(email, 1, Duration.ofSeconds(20)).getFirst());
        return link.substring(link.lastIndexOf('/') + 1);
    }
}
