package com.dealercsi.recovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dealercsi.support.Api;
import com.dealercsi.support.IntegrationTest;
import com.dealercsi.support.Mails;
import com.dealercsi.support.PhoneBrowser;
import com.dealercsi.support.SignedIn;
import com.dealercsi.support.TestMailServer;
import com.dealercsi.support.TestStores;
import com.dealercsi.survey.Questionnaires;
import com.dealercsi.survey.ResponseDetails;
import com.dealercsi.survey.SurveyAnswers;
import com.dealercsi.survey.SurveyOpening;
import com.dealercsi.survey.SurveySubmission;
import com.dealercsi.survey.Surveys;
import java.time.Duration;
import java.util.HashMap;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Staff fill in the questionnaire during a revisit call: stored like the owner's answer, marked "phone". */
class PhoneAnswerIT extends IntegrationTest {

    @Autowired
    RecoveryFixtures fixtures;

    @Autowired
    TestStores stores;

    @Autowired
    Surveys surveys;

    @Autowired
    RevisitDesk desk;

    @Autowired
    SignedIn signedIn;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_low_phone_answer_is_stored_with_channel_and_staff_uses_up_the_link_and_raises_an_alert() {
        var store = fixtures.storeWithGeneralManager();
        var cs = RecoveryFixtures.csEmail(store);
        var invited = invite(store, "RO-P1");

        var stored = signedIn.as(
                cs,
                () -> desk.answerByPhone(
                        invited.visitId(),
                        Questionnaires.STANDARD_VERSION,
                        RecoveryFixtures.answers(3, 2, 1, "Nobody explained the bill", true)));

        assertThat(stored).isInstanceOf(SurveySubmission.Stored.class);
        var row = jdbc.queryForMap("""
                select r.id, r.answered_channel, r.answered_by, r.answered_by_name, r.overall from survey_response r
                where r.visit_id = ?""", invited.visitId());
        assertThat(row)
                .containsEntry("answered_channel", "PHONE")
                .containsEntry("answered_by_name", "专员 " + store.code());
        assertThat(row.get("answered_by").toString())
                .isEqualTo(jdbc.queryForObject("select id from staff_member where email = ?", String.class, cs));
        assertThat(jdbc.queryForObject(
                        "select state from invitation where visit_id = ?", String.class, invited.visitId()))
                .isEqualTo("ANSWERED");
        assertThat(surveys.open(invited.token())).isInstanceOf(SurveyOpening.AlreadyAnswered.class);
        assertThat(surveys.submit(
                        invited.token(),
                        Questionnaires.STANDARD_VERSION,
                        RecoveryFixtures.answers(10, 10, 10, null, false)))
                .isInstanceOf(SurveySubmission.NotAnswerable.class);

        var responseId = UUID.fromString(row.get("id").toString());
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> jdbc.queryForObject(
                                "select count(*) from alert where response_id = ?", Integer.class, responseId)
                        == 1);
        assertThat(jdbc.queryForObject("select alert_level from alert where response_id = ?", String.class, responseId))
                .isEqualTo("RED");
        assertThat(jdbc.queryForMap("select result from revisit_call where visit_id = ?", invited.visitId()))
                .containsEntry("result", "REACHED");
        var details = signedIn.as(cs, () -> surveys.find(responseId)).orElseThrow();
        assertThat(details.channel()).isEqualTo(ResponseDetails.Channel.PHONE);
        assertThat(details.takenBy()).isEqualTo("专员 " + store.code());
    }

    @Test
    void an_owner_answer_stays_web_and_a_second_answer_by_phone_is_refused() {
        var store = fixtures.storeWithGeneralManager();
        var cs = RecoveryFixtures.csEmail(store);
        var invited = invite(store, "RO-P2");
        assertThat(surveys.submit(
                        invited.token(),
                        Questionnaires.STANDARD_VERSION,
                        RecoveryFixtures.answers(9, 9, 9, null, false)))
                .isInstanceOf(SurveySubmission.Stored.class);

        var second = signedIn.as(
                cs,
                () -> desk.answerByPhone(
                        invited.visitId(),
                        Questionnaires.STANDARD_VERSION,
                        RecoveryFixtures.answers(2, 2, 2, null, false)));

        assertThat(second)
                .isInstanceOfSatisfying(
                        SurveySubmission.NotAnswerable.class,
                        refused -> assertThat(refused.reason()).isInstanceOf(SurveyOpening.AlreadyAnswered.class));
        assertThat(jdbc.queryForList(
                        "select answered_channel from survey_response where visit_id = ?",
                        String.class,
                        invited.visitId()))
                .containsExactly("WEB");
    }

    @Test
    void an_incomplete_phone_answer_is_refused_with_the_missing_questions() {
        var store = fixtures.storeWithGeneralManager();
        var invited = invite(store, "RO-P3");
        var ratings =
                new HashMap<>(RecoveryFixtures.answers(8, 8, 8, null, true).ratings());
        ratings.remove("SQ2");

        var outcome = signedIn.as(
                RecoveryFixtures.csEmail(store),
                () -> desk.answerByPhone(
                        invited.visitId(),
                        Questionnaires.STANDARD_VERSION,
                        new SurveyAnswers(ratings, 8, null, null, true)));

        assertThat(outcome)
                .isInstanceOfSatisfying(
                        SurveySubmission.Invalid.class,
                        invalid -> assertThat(invalid.problems())
                                .extracting(SurveySubmission.Problem::field)
                                .containsExactlyInAnyOrder("SQ2", "NPS"));
        assertThat(jdbc.queryForObject(
                        "select state from invitation where visit_id = ?", String.class, invited.visitId()))
                .isEqualTo("SENT");
    }

    @Test
    void staff_of_another_store_can_neither_open_nor_answer_the_visit() {
        var store = fixtures.storeWithGeneralManager();
        var other = stores.create();
        var invited = invite(store, "RO-P4");

        assertThat(signedIn.as(other.csManagerEmail(), () -> surveys.questionnaireForPhone(invited.visitId())))
                .isEmpty();
        assertThatThrownBy(() -> signedIn.as(
                        other.csManagerEmail(),
                        () -> desk.answerByPhone(
                                invited.visitId(),
                                Questionnaires.STANDARD_VERSION,
                                RecoveryFixtures.answers(2, 2, 2, null, false))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn.as(
                        RecoveryFixtures.gmEmail(store),
                        () -> surveys.recordByPhone(
                                invited.visitId(),
                                Questionnaires.STANDARD_VERSION,
                                RecoveryFixtures.answers(2, 2, 2, null, false))))
                .as("a general manager watches the desk but does not take answers")
                .isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject(
                        "select state from invitation where visit_id = ?", String.class, invited.visitId()))
                .isEqualTo("SENT");
    }

    @Test
    void a_specialist_fills_in_the_questionnaire_from_the_desk_on_a_tablet() {
        var store = fixtures.storeWithGeneralManager();
        var invited = invite(store, "RO-PB");
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> jdbc.queryForObject(
                                "select count(*) from revisit_visit where visit_id = ?",
                                Integer.class,
                                invited.visitId())
                        == 1);
        clock.set(RevisitDeskIT.DELIVERED.plus(Duration.ofDays(4)));

        try (var phone = new PhoneBrowser("en-US")) {
            phone.open(baseUrl() + "/revisits");
            phone.await("vaadin-login-form");
            phone.await("input[name='username']").sendKeys(store.csManagerEmail());
            phone.await("input[name='password']").sendKeys("secret", Keys.ENTER);
            phone.awaitText("#revisits", "王先生 · 沪A88888");
            phone.screenshot("revisit-3-desk-questionnaire-button-en");
            phone.tap("#revisit-survey-RO-PB");
            phone.await("#rating-SI1");
            phone.tap("#phone-survey-save");
            phone.awaitText("#phone-survey-problems", "18 questions still need an answer");
            assertThat(phone.bodyText()).contains("Please choose a score");
            for (var group : phone.all("vaadin-radio-group.rating-scale")) {
                var id = group.getAttribute("id");
                // the 4th tile is a 4 on the 1-10 scales and a 3 on the 0-10 one: an unhappy owner
                choose(phone, "#" + id, 4);
            }
            phone.await("#comment textarea").sendKeys("The car was dirty at pick-up");
            choose(phone, "#consent", 1);
            phone.screenshot("revisit-4-phone-survey-en");
            phone.tap("#phone-survey-save");
            phone.awaitText("#revisits", "Nobody to call today.");

            var responseId = jdbc.queryForObject(
                    "select id from survey_response where visit_id = ?", String.class, invited.visitId());
            phone.open(baseUrl() + "/responses/" + responseId);
            phone.awaitText("main", "By phone · CS " + store.code());
        }

        var row = jdbc.queryForMap("""
                select answered_channel, overall, nps, owner_comment, contact_consent from survey_response
                where visit_id = ?""", invited.visitId());
        assertThat(row)
                .containsEntry("answered_channel", "PHONE")
                .containsEntry("owner_comment", "The car was dirty at pick-up");
        assertThat(((Number) row.get("overall")).intValue()).isEqualTo(4);
        assertThat(((Number) row.get("nps")).intValue()).isEqualTo(3);
        assertThat(jdbc.queryForObject(
                        "select state from invitation where visit_id = ?", String.class, invited.visitId()))
                .isEqualTo("ANSWERED");
        assertThat(jdbc.queryForObject(
                        "select count(*) from survey_answer a join survey_response r on r.id ="
                                + " a.response_id where r.visit_id = ? and a.rating = 4",
                        Integer.class,
                        invited.visitId()))
                .isEqualTo(15);
    }

    /** Taps a tile as a finger would: scrolled into view inside the back office's scrolling content first. */
    private static void choose(PhoneBrowser phone, String group, int position) {
        var tile = group + " vaadin-radio-button:nth-of-type(" + position + ")";
        phone.script(
                "arguments[0].scrollIntoView({block: 'center'}); arguments[0].querySelector('label').click()",
                phone.find(tile));
        phone.await(tile + "[checked]");
    }

    private record Invited(UUID visitId, String token) {}

    private Invited invite(TestStores.TestStore store, String ro) {
        var email = "owner-" + ro + "-" + store.code() + "@example.com";
        var created =
                Api.postVisit(baseUrl(), store.apiKey(), Api.visitJson(ro, email, store.advisorCode(), "zh-CN"), "en");
        var link = Mails.surveyLink(
                TestMailServer.awaitMails(email, 1, Duration.ofSeconds(20)).getFirst());
        return new Invited(
                UUID.fromString(created.body().get("id").asString()), link.substring(link.lastIndexOf('/') + 1));
    }
}
