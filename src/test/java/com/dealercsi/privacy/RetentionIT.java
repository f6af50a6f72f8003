package com.dealercsi.privacy;

import static com.dealercsi.recovery.RecoveryFixtures.answers;
import static org.assertj.core.api.Assertions.assertThat;

import com.dealercsi.privacy.internal.Retention;
import com.dealercsi.recovery.ContactChannel;
import com.dealercsi.recovery.ContactResult;
import com.dealercsi.recovery.RecoveryCases;
import com.dealercsi.reporting.DashboardFilter;
import com.dealercsi.reporting.Dashboards;
import com.dealercsi.reporting.Granularity;
import com.dealercsi.shared.database.DatabaseBackups;
import com.dealercsi.shared.privacy.PersonalDataEraser;
import com.dealercsi.support.Api;
import com.dealercsi.support.IntegrationTest;
import com.dealercsi.support.Mails;
import com.dealercsi.support.SignedIn;
import com.dealercsi.support.TestMailServer;
import com.dealercsi.support.TestStores;
import com.dealercsi.survey.Questionnaires;
import com.dealercsi.survey.Surveys;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The nightly retention run, with the app's clock moved past {@code csi.privacy.retention} (24 months): a visit
 * past the period is erased everywhere as on request, a newer one is not, the staff mail logs of the old answer go,
 * and the dashboard's figures stay.
 */
class RetentionIT extends IntegrationTest {

    static final String OLD_NAME = "欧阳修远";
    static final String OLD_EMAIL = "ouyang.xiuyuan.retention@example.com";
    static final String OLD_MOBILE = "+8613822223333";
    static final String OLD_PLATE = "浙C5R8T1";
    static final String OLD_VIN = "LFV2A21K8M3059468";
    static final String OLD_COMMENT = "保养后发动机异响，三次返修都没解决，非常失望";
    static final String NEW_NAME = "诸葛明月";
    static final String NEW_EMAIL = "zhuge.mingyue.retention@example.com";
    static final String NEW_COMMENT = "洗车不干净，车内有烟味";

    @Autowired
    TestStores stores;

    @Autowired
    SignedIn signedIn;

    @Autowired
    Surveys surveys;

    @Autowired
    RecoveryCases desk;

    @Autowired
    Dashboards dashboards;

    @Autowired
    Retention retention;

    @Autowired
    DatabaseBackups backups;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_visit_past_the_period_is_erased_by_the_nightly_run_and_every_figure_stays() throws Exception {
        var store = stores.create();
        var cs = store.csManagerEmail();
        var now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        // forty days ago: a poor answer, its alert mails and a case with a note quoting it
        clock.set(now.minus(Duration.ofDays(40)));
        var old = visit(store, "RO-RT1", OLD_NAME, OLD_EMAIL, "138 2222 3333", OLD_PLATE, OLD_VIN);
        answer(OLD_EMAIL, OLD_COMMENT, 2);
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> count("select count(*) from recovery_case where visit_id = ?", old) == 1);
        var caseId = jdbc.queryForObject("select id from recovery_case where visit_id = ?", UUID.class, old);
        signedIn.run(cs, () -> desk.logAttempt(caseId, ContactChannel.PHONE, ContactResult.REACHED, OLD_COMMENT));
        var oldAlert = jdbc.queryForObject("select alert_id from recovery_case where id = ?", UUID.class, caseId);
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> count("select count(*) from alert_mail_sent where alert_id = ?", oldAlert) > 0);

        // two days ago: a newer answer
        clock.set(now.minus(Duration.ofDays(2)));
        var recent = visit(store, "RO-RT2", NEW_NAME, NEW_EMAIL, "138 4444 5555", "浙C6S9U2", null);
        answer(NEW_EMAIL, NEW_COMMENT, 2);
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> count("select count(*) from recovery_case where visit_id = ?", recent) == 1);
        var recentAlert =
                jdbc.queryForObject("select alert_id from recovery_case where visit_id = ?", UUID.class, recent);
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> count("select count(*) from alert_mail_sent where alert_id = ?", recentAlert) > 0);

        // tonight: nothing of ours is two years old
        clock.set(now);
        retention.run();
        assertThat(ownerName(old)).isEqualTo(OLD_NAME);

        // 24 months less 20 days on: the old visit is past the period, the recent one is not
        var later = now.atZone(ZoneOffset.UTC)
                .plus(Period.ofMonths(24))
                .minusDays(20)
                .toInstant();
        clock.set(later);
        var zone = store.store().timeZone();
        var filter = new DashboardFilter(
                LocalDate.ofInstant(now, zone).minusDays(45),
                LocalDate.ofInstant(now, zone),
                Set.of(store.store().id()),
                Granularity.MONTH,
                null);
        var before = signedIn.as(cs, () -> PrivacyChecks.figures(dashboards.dashboard(filter)));

        var run = retention.run();

        System.out.printf(
                "Retention run: %d visits erased in %d ms, %s, expired %s%n",
                run.visits(), run.took().toMillis(), run.erasedByTable(), run.deletedByTable());
        assertThat(run.visits()).isPositive();
        assertThat(run.erasedByTable()).containsKeys("visit", "survey_response", "report_response", "invitation");
        assertThat(run.deletedByTable()).containsKey("alert_mail_sent");
        assertThat(ownerName(old)).isEqualTo(PersonalDataEraser.MARKER);
        assertThat(ownerName(recent)).isEqualTo(NEW_NAME);
        assertThat(comment("survey_response", old)).isEqualTo(PersonalDataEraser.MARKER);
        assertThat(comment("report_response", old)).isEqualTo(PersonalDataEraser.MARKER);
        assertThat(comment("survey_response", recent)).isEqualTo(NEW_COMMENT);
        assertThat(jdbc.queryForObject(
                        "select note from recovery_contact_attempt where case_id = ?", String.class, caseId))
                .isEqualTo(PersonalDataEraser.MARKER);
        assertThat(count("select count(*) from alert_mail_sent where alert_id = ?", oldAlert))
                .isZero();
        assertThat(count("select count(*) from alert_mail_sent where alert_id = ?", recentAlert))
                .isPositive();
        var dump = PrivacyChecks.dump(backups);
        PrivacyChecks.assertNoneIn(
                dump,
                "the database dump",
                List.of(OLD_NAME, OLD_EMAIL, OLD_MOBILE, "13822223333", OLD_PLATE, OLD_VIN, OLD_COMMENT));
        assertThat(dump).contains(NEW_NAME, NEW_EMAIL, NEW_COMMENT);
        assertThat(signedIn.as(cs, () -> PrivacyChecks.figures(dashboards.dashboard(filter))))
                .isEqualTo(before);
        assertThat(jdbc.queryForObject(
                        "select details from audit_entry where action = 'RETENTION_RUN'"
                                + " and subject = 'erasure.subject.retention' order by seq desc limit 1",
                        String.class))
                .contains("\"visits\":\"" + run.visits() + "\"");

        // the next night finds nothing more to do
        assertThat(retention.run().visits()).isZero();
    }

    private UUID visit(
            TestStores.TestStore store, String ro, String name, String email, String mobile, String plate, String vin) {
        var json = """
                {"roNumber": "%s", "ownerName": "%s", "email": "%s", "phone": "%s", "plate": "%s", %s
                 "model": "途观L", "serviceType": "MAINTENANCE", "advisor": "%s", "deliveredAt": "%s",
                 "language": "zh-CN"}""".formatted(
                        ro,
                        name,
                        email,
                        mobile,
                        plate,
                        vin == null ? "" : "\"vin\": \"" + vin + "\",",
                        store.advisorCode(),
                        clock.instant().minus(Duration.ofHours(3)));
        var created = Api.postVisit(baseUrl(), store.apiKey(), json, "en");
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return UUID.fromString(created.body().get("id").asString());
    }

    private void answer(String email, String comment, int overall) {
        var link = Mails.surveyLink(
                TestMailServer.awaitMails(email, 1, Duration.ofSeconds(20)).getFirst());
        surveys.submit(
                link.substring(link.lastIndexOf('/') + 1),
                Questionnaires.STANDARD_VERSION,
                answers(3, overall, 3, comment, true));
    }

    private String ownerName(UUID visitId) {
        return jdbc.queryForObject("select owner_name from visit where id = ?", String.class, visitId);
    }

    private String comment(String table, UUID visitId) {
        return jdbc.queryForObject("select owner_comment from " + table + " where visit_id = ?", String.class, visitId);
    }

    private int count(String sql, Object... arguments) {
        var found = jdbc.queryForObject(sql, Integer.class, arguments);
        return found == null ? 0 : found;
    }
}
