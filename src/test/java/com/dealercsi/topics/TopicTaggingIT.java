package com.dealercsi.topics;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealercsi.recovery.ContactChannel;
import com.dealercsi.recovery.ContactResult;
import com.dealercsi.recovery.FollowUpAnswer;
import com.dealercsi.recovery.FollowUpOutcome;
import com.dealercsi.recovery.FollowUps;
import com.dealercsi.recovery.MadeRight;
import com.dealercsi.recovery.RecoveryCases;
import com.dealercsi.recovery.RecoveryFixtures;
import com.dealercsi.recovery.RecoveryStep;
import com.dealercsi.recovery.RevisitDesk;
import com.dealercsi.recovery.internal.FollowUpJobRunner;
import com.dealercsi.support.Api;
import com.dealercsi.support.IntegrationTest;
import com.dealercsi.support.Mails;
import com.dealercsi.support.SignedIn;
import com.dealercsi.support.TestCauses;
import com.dealercsi.support.TestMailServer;
import com.dealercsi.support.TestStores;
import com.dealercsi.survey.Questionnaires;
import com.dealercsi.survey.Surveys;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every comment is tagged after it is stored, from each of its three sources, into the topics' own tables. */
class TopicTaggingIT extends IntegrationTest {

    private static final Pattern FOLLOW_UP_LINK = Pattern.compile("https?://[^\\s\"<]+/follow-up/([A-Za-z0-9_-]+)");

    @Autowired
    TestCauses testCauses;

    @Autowired
    RecoveryFixtures fixtures;

    @Autowired
    TestStores stores;

    @Autowired
    Surveys surveys;

    @Autowired
    RevisitDesk revisits;

    @Autowired
    RecoveryCases desk;

    @Autowired
    FollowUps followUps;

    @Autowired
    FollowUpJobRunner followUpJob;

    @Autowired
    SignedIn signedIn;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_owners_survey_comment_gets_its_topics_sentiment_and_csi() {
        var store = stores.create();
        var token = RecoveryFixtures.invite(baseUrl(), store, "RO-TG1");

        surveys.submit(token, Questionnaires.STANDARD_VERSION, RecoveryFixtures.answers(4, 4, 3, "等了三个小时，太慢了", false));

        var tag = awaitTag("ANSWER", store.store().id(), "SI.WAITING");
        assertThat(tag).containsEntry("sentiment", "NEGATIVE").containsEntry("origin", "MACHINE");
        assertThat(((Number) tag.get("csi")).doubleValue()).isEqualTo(400.0);
        assertThat(jdbc.queryForMap(
                        "select mentions, negative, csi_sum, csi_n from topic_daily where store_id = ?"
                                + " and topic = 'SI.WAITING'",
                        store.store().id().toString()))
                .containsEntry("mentions", 1)
                .containsEntry("negative", 1)
                .containsEntry("csi_sum", 400.0)
                .containsEntry("csi_n", 1);
    }

    @Test
    void a_comment_taken_down_by_phone_is_tagged_like_the_owners() {
        var store = fixtures.storeWithGeneralManager();
        var visitId = RecoveryFixtures.visit(baseUrl(), store, "RO-TG2");
        TestMailServer.awaitMails("owner-RO-TG2-" + store.code() + "@example.com", 1, Duration.ofSeconds(20));

        var stored = signedIn.as(
                RecoveryFixtures.csEmail(store),
                () -> revisits.answerByPhone(
                        visitId,
                        Questionnaires.STANDARD_VERSION,
                        RecoveryFixtures.answers(
                                9,
                                9,
                                9,
                                "The car was returned dirty, fingerprints all over the steering wheel.",
                                true)));

        assertThat(stored).isInstanceOf(com.dealercsi.survey.SurveySubmission.Stored.class);
        var responseId = jdbc.queryForObject(
                "select id from survey_response where visit_id = ? and answered_channel = 'PHONE'",
                String.class,
                visitId);
        var tag = awaitTag("ANSWER", store.store().id(), "VP.CAR_CLEAN");
        assertThat(tag).containsEntry("sentiment", "NEGATIVE");
        assertThat(tag.get("source_id").toString()).isEqualTo(responseId);
    }

    @Test
    void the_follow_up_surveys_comment_is_tagged_without_a_csi() {
        var store = fixtures.storeWithGeneralManager();
        var t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        clock.set(t0);
        var email = "owner-RO-TG3-" + store.code() + "@example.com";
        var visitId = UUID.fromString(Api.postVisit(
                        baseUrl(), store.apiKey(), Api.visitJson("RO-TG3", email, store.advisorCode(), "zh-CN"), "en")
                .body()
                .get("id")
                .asString());
        var link = Mails.surveyLink(
                TestMailServer.awaitMails(email, 1, Duration.ofSeconds(20)).getFirst());
        surveys.submit(
                link.substring(link.lastIndexOf('/') + 1),
                Questionnaires.STANDARD_VERSION,
                RecoveryFixtures.answers(3, 2, 3, "服务很差", true));
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.queryForObject(
                                "select count(*) from recovery_case where visit_id = ?", Integer.class, visitId)
                        == 1);
        var caseId = jdbc.queryForObject("select id from recovery_case where visit_id = ?", UUID.class, visitId);
        signedIn.run(store.csManagerEmail(), () -> {
            desk.acknowledge(caseId);
            desk.logAttempt(caseId, ContactChannel.PHONE, ContactResult.REACHED, "Called");
            desk.recordStep(caseId, RecoveryStep.APOLOGY, "Sorry", null, null, null);
            desk.recordStep(caseId, RecoveryStep.FIX, "Fixed", "RO-TG3-B", null, null);
            desk.recordStep(caseId, RecoveryStep.EMPATHY, "Understood", null, null, null);
            desk.recordStep(caseId, RecoveryStep.ATONEMENT, "Wash", null, "Free wash", new java.math.BigDecimal("50"));
            desk.close(caseId, FollowUpOutcome.SATISFIED, "Done", testCauses.waiting(), true);
        });
        clock.set(t0.plus(Duration.ofDays(10)));
        followUpJob.run();
        var followUpMail = Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(
                        () -> TestMailServer.receivedBy(email).stream()
                                .filter(mail ->
                                        FOLLOW_UP_LINK.matcher(Mails.text(mail)).find())
                                .findFirst(),
                        java.util.Optional::isPresent)
                .orElseThrow();
        var matcher = FOLLOW_UP_LINK.matcher(Mails.text(followUpMail));
        assertThat(matcher.find()).isTrue();
        clock.set(t0.plus(Duration.ofDays(10)).plus(Duration.ofHours(1)));

        assertThat(followUps.answer(matcher.group(1), new FollowUpAnswer(MadeRight.YES, 9, "这次洗车洗得很干净，谢谢")))
                .isTrue();

        var tag = awaitTag("FOLLOW_UP", store.store().id(), "VP.CAR_CLEAN");
        assertThat(tag).containsEntry("sentiment", "POSITIVE").containsEntry("csi", null);
        assertThat(tag.get("source_id").toString())
                .isEqualTo(jdbc.queryForObject(
                        "select id from recovery_follow_up where case_id = ?", String.class, caseId));
    }

    private Map<String, Object> awaitTag(String source, UUID storeId, String topic) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.queryForObject(
                                "select count(*) from topic_tag where source = ? and store_id = ? and topic = ?",
                                Integer.class,
                                source,
                                storeId.toString(),
                                topic)
                        == 1);
        return jdbc.queryForMap(
                "select source_id, sentiment, origin, csi from topic_tag where source = ? and store_id = ? and topic = ?",
                source,
                storeId.toString(),
                topic);
    }
}
