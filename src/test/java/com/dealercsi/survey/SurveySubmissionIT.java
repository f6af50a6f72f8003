package com.dealercsi.survey;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealercsi.support.Api;
import com.dealercsi.support.IntegrationTest;
import com.dealercsi.support.Mails;
import com.dealercsi.support.TestMailServer;
import com.dealercsi.support.TestStores;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class SurveySubmissionIT extends IntegrationTest {

    @Autowired
    TestStores stores;

    @Autowired
    Surveys surveys;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    com.dealercsi.admin.StoreLogos storeLogos;

    @Test
    void an_unknown_link_is_not_found() {
        assertThat(surveys.open("no-such-token")).isInstanceOf(SurveyOpening.NotFound.class);
        assertThat(surveys.submit("no-such-token", Questionnaires.STANDARD_VERSION, answers(9, 9, 9, null, false)))
                .isInstanceOf(SurveySubmission.NotAnswerable.class);
    }

    @Test
    void the_survey_greets_with_the_stores_logo_when_it_has_one() throws Exception {
        var store = stores.create();
        var png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(
                new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", png);
        TestStores.asAdmin(() -> {
            storeLogos.upload(store.store().id(), png.toByteArray());
            return null;
        });

        var opening = surveys.open(invite(store));

        assertThat(opening)
                .isInstanceOfSatisfying(
                        SurveyOpening.Ready.class,
                        ready -> assertThat(ready.greeting().storeLogoUrl())
                                .startsWith(
                                        "/images/store-logos/" + store.store().id()));
    }

    @Test
    void an_incomplete_answer_is_refused_and_nothing_is_stored() {
        var token = invite();
        var incomplete = new SurveyAnswers(Map.of("SI1", 8), 9, 9, null, true);

        var result = surveys.submit(token, Questionnaires.STANDARD_VERSION, incomplete);

        assertThat(result).isInstanceOf(SurveySubmission.Invalid.class);
        assertThat(((SurveySubmission.Invalid) result).problems())
                .extracting(SurveySubmission.Problem::field)
                .contains("SI2", "VP3")
                .doesNotContain("SI1", "OS", "NPS", "CB");
        assertThat(surveys.open(token)).isInstanceOf(SurveyOpening.Ready.class);
    }

    @Test
    void two_simultaneous_submissions_of_one_link_store_one_answer() throws Exception {
        var token = invite();
        var barrier = new CyclicBarrier(2);
        var first = CompletableFuture.supplyAsync(() -> submitAfter(barrier, token));
        var second = CompletableFuture.supplyAsync(() -> submitAfter(barrier, token));

        var results = java.util.List.of(first.get(), second.get());

        assertThat(results)
                .filteredOn(r -> r instanceof SurveySubmission.Stored)
                .hasSize(1);
        assertThat(results)
                .filteredOn(r -> r instanceof SurveySubmission.NotAnswerable)
                .hasSize(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from survey_response r join invitation i "
                                + "on i.id = r.invitation_id where i.token_hash = sha2(?, 256)",
                        Integer.class,
                        token))
                .isEqualTo(1);
        assertThat(surveys.open(token)).isInstanceOf(SurveyOpening.AlreadyAnswered.class);
    }

    @Test
    void a_low_answer_is_scored_and_both_managers_are_alerted_with_the_scores() {
        var store = stores.create();
        var token = invite(store);

        var result = surveys.submit(
                token, Questionnaires.STANDARD_VERSION, answers(3, 2, 4, "Waited three hours, I want a refund", true));

        assertThat(result).isEqualTo(new SurveySubmission.Stored(AnswerTriage.FollowUp.MANAGER_WILL_CALL));
        var managerMail = TestMailServer.awaitMails(store.managerEmail(), 1, Duration.ofSeconds(20))
                .getFirst();
        var csMail = TestMailServer.awaitMails(store.csManagerEmail(), 1, Duration.ofSeconds(20))
                .getFirst();
        // the service manager reads Chinese, the customer-service manager English
        assertThat(Mails.subject(managerMail)).contains("红色预警", store.store().name(), "王先生");
        assertThat(Mails.subject(csMail)).contains("Red alert");
        assertThat(Mails.text(csMail))
                .contains(
                        "CSI: 300",
                        "Service initiation: 300",
                        "Vehicle pick-up: 300",
                        "Overall satisfaction (1–10): 2",
                        "NPS (0–10): 4",
                        "Waited three hours, I want a refund",
                        "Overall satisfaction 2 of 10 (≤ 6)",
                        "Comment says \u201crefund\u201d",
                        "RO-",
                        "沪A88888",
                        "顾问 " + store.code(),
                        baseUrl() + "/responses/");
        var score = jdbc.queryForMap(
                "select s.csi, s.service_quality from response_score s "
                        + "join survey_response r on r.id = s.response_id where r.store_id = ?",
                store.store().id());
        assertThat(score).containsEntry("csi", 300.0).containsEntry("service_quality", 300.0);
        assertThat(jdbc.queryForObject(
                        "select alert_level from alert where store_id = ?",
                        String.class,
                        store.store().id()))
                .isEqualTo("RED");
    }

    @Test
    void a_happy_answer_alerts_nobody() {
        var store = stores.create();
        var token = invite(store);

        var result = surveys.submit(token, Questionnaires.STANDARD_VERSION, answers(9, 10, 10, "很满意", false));

        assertThat(result).isEqualTo(new SurveySubmission.Stored(AnswerTriage.FollowUp.NONE));
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> jdbc.queryForObject(
                                "select count(*) from response_score where store_id = ?",
                                Integer.class,
                                store.store().id())
                        == 1);
        Awaitility.await()
                .during(Duration.ofSeconds(2))
                .until(() -> TestMailServer.receivedBy(store.managerEmail()).isEmpty());
        assertThat(jdbc.queryForObject(
                        "select count(*) from alert where store_id = ?",
                        Integer.class,
                        store.store().id()))
                .isZero();
    }

    private SurveySubmission submitAfter(CyclicBarrier barrier, String token) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return surveys.submit(token, Questionnaires.STANDARD_VERSION, answers(8, 8, 8, null, false));
    }

    private String invite() {
        return invite(stores.create());
    }

    private String invite(TestStores.TestStore store) {
        var email = "owner-" + store.code() + "@example.com";
        Api.postVisit(
                baseUrl(),
                store.apiKey(),
                Api.visitJson("RO-" + store.code(), email, store.advisorCode(), "zh-CN"),
                "en");
        var link = Mails.surveyLink(
                TestMailServer.awaitMails(email, 1, Duration.ofSeconds(20)).getFirst());
        return link.substring(link.lastIndexOf('/') + 1);
    }

    /** Every rated item gets {@code rating}; OS and NPS as given. */
    static SurveyAnswers answers(int rating, int overall, int nps, String comment, boolean consent) {
        var ratings = new HashMap<String, Integer>();
        for (var factor : new String[] {"SI", "SA", "SQ", "SF", "VP"}) {
            for (int item = 1; item <= 3; item++) {
                ratings.put(factor + item, rating);
            }
        }
        return new SurveyAnswers(ratings, overall, nps, comment, consent);
    }
}
