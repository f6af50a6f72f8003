package com.dealercsi.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealercsi.support.Api;
import com.dealercsi.support.IntegrationTest;
import com.dealercsi.support.Mails;
import com.dealercsi.support.TestMailServer;
import com.dealercsi.support.TestStores;
import com.dealercsi.survey.SurveyAnswers;
import com.dealercsi.survey.Surveys;
import java.time.Duration;
import java.util.HashMap;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The read model follows the real core loop: visit, invitation mail, answer, score, alert. */
class ReportingListenerIT extends IntegrationTest {

    @Autowired
    TestStores stores;

    @Autowired
    Surveys surveys;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void an_answer_reaches_the_read_model_with_its_advisor_scores_and_alert() {
        var store = stores.create();
        var email = "owner-" + store.code().toLowerCase() + "@example.com";
        Api.postVisit(
                baseUrl(),
                store.apiKey(),
                Api.visitJson("RO-" + store.code(), email, store.advisorCode(), "zh-CN"),
                "en");
        var link = Mails.surveyLink(
                TestMailServer.awaitMails(email, 1, Duration.ofSeconds(20)).getFirst());
        var ratings = new HashMap<String, Integer>();
        com.dealercsi.reporting.internal.ReportColumns.ITEMS.forEach(item -> ratings.put(item.id(), 4));
        ratings.put("SF3", SurveyAnswers.NOT_APPLICABLE);

        surveys.submit(
                link.substring(link.lastIndexOf('/') + 1),
                com.dealercsi.survey.Questionnaires.STANDARD_VERSION,
                new SurveyAnswers(ratings, 3, 2, "要投诉", true));

        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> jdbc.queryForObject(
                                "select count(*) from report_response where store_id = ? and answered and scored"
                                        + " and alert_level is not null",
                                Integer.class,
                                store.store().id())
                        == 1);
        var row = jdbc.queryForMap(
                "select advisor_name, csi, f_sf, i_sf3, i_sf1, overall, nps, owner_comment,"
                        + " alert_level from report_response where store_id = ?",
                store.store().id());
        assertThat(row)
                .containsEntry("advisor_name", "顾问 " + store.code())
                .containsEntry("csi", 400.0)
                .containsEntry("f_sf", 400.0)
                .containsEntry("i_sf3", null)
                .containsEntry("owner_comment", "要投诉")
                .containsEntry("alert_level", "RED");
        assertThat(((Number) row.get("i_sf1")).intValue()).isEqualTo(4);
        assertThat(jdbc.queryForObject(
                        "select count(*) from report_visit where store_id = ? and delivered_at is not"
                                + " null and responded_at is not null and advisor_id is not null",
                        Integer.class,
                        store.store().id()))
                .isEqualTo(1);
    }
}
