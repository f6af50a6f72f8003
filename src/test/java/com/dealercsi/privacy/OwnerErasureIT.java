package com.dealercsi.privacy;

import static com.dealercsi.recovery.RecoveryFixtures.answers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dealercsi.admin.Role;
import com.dealercsi.admin.StoreAdministration;
import com.dealercsi.invitation.InvitationState;
import com.dealercsi.invitation.InvitationStatus;
import com.dealercsi.invitation.Invitations;
import com.dealercsi.invitation.OptOutLinks;
import com.dealercsi.invitation.SkipReason;
import com.dealercsi.recovery.ContactChannel;
import com.dealercsi.recovery.ContactResult;
import com.dealercsi.recovery.FollowUpAnswer;
import com.dealercsi.recovery.FollowUpOpening;
import com.dealercsi.recovery.FollowUpOutcome;
import com.dealercsi.recovery.FollowUps;
import com.dealercsi.recovery.MadeRight;
import com.dealercsi.recovery.RecoveryCases;
import com.dealercsi.recovery.RecoveryStep;
import com.dealercsi.recovery.RevisitDesk;
import com.dealercsi.recovery.RevisitResult;
import com.dealercsi.recovery.internal.FollowUpJobRunner;
import com.dealercsi.reporting.DashboardFilter;
import com.dealercsi.reporting.Dashboards;
import com.dealercsi.reporting.Granularity;
import com.dealercsi.reporting.ListExports;
import com.dealercsi.reporting.ResponseExports;
import com.dealercsi.shared.Language;
import com.dealercsi.shared.database.DatabaseBackups;
import com.dealercsi.shared.privacy.OwnerQuery;
import com.dealercsi.shared.privacy.PersonalDataEraser;
import com.dealercsi.support.Api;
import com.dealercsi.support.IntegrationTest;
import com.dealercsi.support.Mails;
import com.dealercsi.support.SignedIn;
import com.dealercsi.support.TestCauses;
import com.dealercsi.support.TestMailServer;
import com.dealercsi.support.TestStores;
import com.dealercsi.survey.Questionnaires;
import com.dealercsi.survey.SurveyOpening;
import com.dealercsi.survey.Surveys;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * The "done when" of issue 13's erasure: an owner walks the whole loop (visit from the DMS, invitation mail, a low
 * answer with a comment, alert, a recovery case whose notes quote it, a revisit call, the follow-up survey, an
 * opt-out), is erased by a customer-service manager, and then none of their name, mobile, e-mail, plate, VIN or
 * comment is anywhere in a full dump of the database or in the app's log, while every dashboard figure and export
 * total is as before. Who may erase whom is checked in the service, not only on a screen.
 */
@ExtendWith(OutputCaptureExtension.class)
class OwnerErasureIT extends IntegrationTest {

    static final String NAME = "司徒嘉怡";
    static final String MOBILE_TYPED = "139 8765 4321";
    static final String MOBILE = "+8613987654321";
    static final String MOBILE_AT_HOME = "13987654321";
    static final String EMAIL = "situ.jiayi.erase@example.com";
    static final String PLATE = "粤B7Q9Z3";
    static final String VIN = "LSVAU2180N2183947";
    static final String COMMENT = "等了五个小时还没修好，服务顾问态度恶劣，我要投诉";

    private static final Pattern FOLLOW_UP_LINK = Pattern.compile("https?://[^\\s\"<]+/follow-up/([A-Za-z0-9_-]+)");

    @Autowired
    TestCauses testCauses;

    @Autowired
    TestStores stores;

    @Autowired
    StoreAdministration administration;

    @Autowired
    SignedIn signedIn;

    @Autowired
    Surveys surveys;

    @Autowired
    RecoveryCases desk;

    @Autowired
    RevisitDesk revisits;

    @Autowired
    FollowUps followUps;

    @Autowired
    FollowUpJobRunner followUpJob;

    @Autowired
    OptOutLinks optOutLinks;

    @Autowired
    Invitations invitations;

    @Autowired
    Dashboards dashboards;

    @Autowired
    ResponseExports responseExports;

    @Autowired
    ListExports listExports;

    @Autowired
    OwnerErasure erasure;

    @Autowired
    DatabaseBackups backups;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void an_erased_owner_is_nowhere_in_a_dump_or_the_log_and_every_figure_stays(CapturedOutput output)
            throws Exception {
        var store = stores.create();
        var cs = store.csManagerEmail();
        var t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        clock.set(t0);

        // the DMS sends the visit; the revisit desk tries the owner before the answer comes
        var visitId = postVisit(store, "RO-ER1", EMAIL, MOBILE_TYPED);
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> count("select count(*) from revisit_visit where visit_id = ?", visitId) == 1);
        signedIn.run(
                cs,
                () -> revisits.logCall(visitId, RevisitResult.UNREACHABLE, "Called " + MOBILE_AT_HOME + ", " + NAME));

        // invitation mailed, answered poorly with a comment: alert, case
        var invitation =
                TestMailServer.awaitMails(EMAIL, 1, Duration.ofSeconds(20)).getFirst();
        var link = Mails.surveyLink(invitation);
        var token = link.substring(link.lastIndexOf('/') + 1);
        surveys.submit(token, Questionnaires.STANDARD_VERSION, answers(3, 2, 3, COMMENT, true));
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> count("select count(*) from recovery_case where visit_id = ?", visitId) == 1);
        var caseId = jdbc.queryForObject("select id from recovery_case where visit_id = ?", UUID.class, visitId);

        // the case is worked with notes that quote the owner, closed with a follow-up survey
        var quoted = "车主" + NAME + "说：“" + COMMENT + "”，回电 " + MOBILE_AT_HOME;
        signedIn.run(cs, () -> {
            desk.acknowledge(caseId);
            desk.logAttempt(caseId, ContactChannel.PHONE, ContactResult.REACHED, quoted);
            desk.recordStep(caseId, RecoveryStep.APOLOGY, quoted, null, null, null);
            desk.recordStep(caseId, RecoveryStep.FIX, "Re-did the work on " + PLATE, "RO-ER1-B", null, null);
            desk.recordStep(caseId, RecoveryStep.EMPATHY, quoted, null, null, null);
            desk.recordStep(
                    caseId, RecoveryStep.ATONEMENT, quoted, null, "Free service for " + NAME, new BigDecimal("300"));
            desk.close(caseId, FollowUpOutcome.SATISFIED, quoted, List.of(testCauses.id("SA.CHARGES_EXPLAINED")), true);
        });
        clock.set(t0.plus(Duration.ofDays(10)));
        followUpJob.run();
        var followUpMail = Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(
                        () -> TestMailServer.receivedBy(EMAIL).stream()
                                .filter(mail ->
                                        FOLLOW_UP_LINK.matcher(Mails.text(mail)).find())
                                .findFirst(),
                        java.util.Optional::isPresent)
                .orElseThrow();
        var followUpMatcher = FOLLOW_UP_LINK.matcher(Mails.text(followUpMail));
        assertThat(followUpMatcher.find()).isTrue();
        var followUpToken = followUpMatcher.group(1);
        clock.set(t0.plus(Duration.ofDays(10)).plus(Duration.ofHours(1)));
        assertThat(followUps.answer(followUpToken, new FollowUpAnswer(MadeRight.NO, 2, NAME + ": " + COMMENT)))
                .isTrue();

        // the owner asks for no more survey mail
        assertThat(optOutLinks.optOut(token)).isPresent();

        // the figures and exports as they are
        var snapshot = t0.plus(Duration.ofDays(11));
        clock.set(snapshot);
        var filter = new DashboardFilter(
                LocalDate.now(store.store().timeZone()).minusDays(2),
                LocalDate.now(store.store().timeZone()).plusDays(12),
                Set.of(store.store().id()),
                Granularity.WEEK,
                null);
        var figuresBefore = signedIn.as(cs, () -> PrivacyChecks.figures(dashboards.dashboard(filter)));
        var exportsBefore = signedIn.as(cs, () -> exports(filter));
        assertThat(exportsBefore.get(0)).contains(NAME);
        assertThat(backupText()).contains(NAME, MOBILE, EMAIL, PLATE, VIN, COMMENT);

        // erased on the owner's request, by the customer-service manager of the store
        long started = System.nanoTime();
        var result = signedIn.as(
                cs, () -> erasure.erase(OwnerQuery.byMobile(MOBILE_TYPED), "Owner " + NAME + " asked by phone"));
        long took = System.nanoTime() - started;
        System.out.printf(
                "Erasing one owner took %d ms: %d visit, %s%n",
                took / 1_000_000, result.visits(), result.rowsByTable());

        assertThat(result.visits()).isEqualTo(1);
        assertThat(result.rowsByTable())
                .containsKeys(
                        "visit",
                        "invitation",
                        "survey_response",
                        "report_response",
                        "recovery_case_step",
                        "recovery_contact_attempt",
                        "recovery_case_audit",
                        "recovery_follow_up",
                        "revisit_call",
                        "event_publication");
        var values = List.of(NAME, MOBILE, MOBILE_AT_HOME, EMAIL, PLATE, VIN, COMMENT);
        PrivacyChecks.assertNoneIn(backupText(), "the database dump", values);
        PrivacyChecks.assertNoneIn(output.getAll(), "the app's log", values);

        // every figure and total as before
        clock.set(snapshot);
        assertThat(signedIn.as(cs, () -> PrivacyChecks.figures(dashboards.dashboard(filter))))
                .isEqualTo(figuresBefore);
        var exportsAfter = signedIn.as(cs, () -> exports(filter));
        var personal = List.of(COMMENT, EMAIL, VIN, MOBILE, MOBILE_AT_HOME, PLATE, NAME);
        for (int i = 0; i < exportsBefore.size(); i++) {
            PrivacyChecks.assertOnlyPersonalCellsChanged(exportsBefore.get(i), exportsAfter.get(i), personal);
        }

        // the erased links answer like unknown ones, the opt-out holds
        var unknown = "x" + token.substring(1).replace('a', 'b');
        assertThat(surveys.open(token)).isEqualTo(surveys.open(unknown)).isInstanceOf(SurveyOpening.NotFound.class);
        assertThat(surveys.linkExists(token)).isFalse();
        assertThat(optOutLinks.optOut(token)).isEmpty();
        assertThat(followUps.open(followUpToken))
                .isEqualTo(followUps.open(unknown))
                .isInstanceOf(FollowUpOpening.Unavailable.class);
        assertThat(status(link)).isEqualTo(status(link.replace(token, unknown)));

        // asked again, nothing left to do
        assertThat(signedIn.as(cs, () -> erasure.erase(OwnerQuery.byRoNumber("RO-ER1"), "again"))
                        .visits())
                .isZero();

        var sameAddress = postVisit(store, "RO-ER2", EMAIL, "13600000002");
        var sameMobile = postVisit(store, "RO-ER3", "new.address.erase@example.com", MOBILE_TYPED);
        assertThat(awaitInvitation(sameAddress).skipReason()).isEqualTo(SkipReason.OPTED_OUT);
        assertThat(awaitInvitation(sameMobile).skipReason()).isEqualTo(SkipReason.OPTED_OUT);
    }

    @Test
    void an_administrator_erases_in_every_store_and_others_are_refused_in_the_service() {
        var first = stores.create();
        var second = stores.create();
        var admin = "admin-" + first.code() + "@test.local";
        TestStores.asAdmin(() -> administration.addStaff(
                "Admin " + first.code(), admin, "secret", Language.EN, null, Set.of(Role.ADMIN), Set.of()));
        var email = "two-stores-" + first.code() + "@example.com";
        var inFirst = postVisit(first, "RO-AD1", email, "13700000001");
        var inSecond = postVisit(second, "RO-AD2", email, "13700000001");

        // another store's customer-service manager finds nobody, and nothing changes
        var elsewhere = signedIn.as(second.csManagerEmail(), () -> erasure.erase(OwnerQuery.byRoNumber("RO-AD1"), "x"));
        assertThat(elsewhere.visits()).isZero();
        assertThat(ownerName(inFirst)).isEqualTo("王先生");
        assertThatThrownBy(() -> signedIn.run(
                        "advisor-" + first.code() + "@test.local", () -> erasure.erase(OwnerQuery.byEmail(email), "x")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(
                        () -> signedIn.run(first.managerEmail(), () -> erasure.erase(OwnerQuery.byEmail(email), "x")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn.run(
                        admin, () -> erasure.erase(new OwnerQuery(" ", null, null, null, null, null), "x")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> signedIn.run(admin, () -> erasure.erase(OwnerQuery.byEmail(email), " ")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(ownerName(inFirst)).isEqualTo("王先生");

        var result = signedIn.as(admin, () -> erasure.erase(OwnerQuery.byEmail(email), "Owner's request, ticket 77"));

        assertThat(result.visits()).isEqualTo(2);
        assertThat(ownerName(inFirst)).isEqualTo(PersonalDataEraser.MARKER);
        assertThat(ownerName(inSecond)).isEqualTo(PersonalDataEraser.MARKER);
        assertThat(jdbc.queryForObject(
                        "select count(*) from visit where id in (?, ?) and email = '' and phone = '' and vin is null"
                                + " and erased_at is not null",
                        Integer.class,
                        inFirst,
                        inSecond))
                .isEqualTo(2);
        var audit = jdbc.queryForMap(
                "select actor, details from audit_entry where action = 'ERASURE' order by seq desc limit 1");
        assertThat((String) audit.get("actor")).isEqualToIgnoringCase(admin);
        assertThat((String) audit.get("details"))
                .contains("ticket 77", inFirst.toString(), inSecond.toString())
                .doesNotContain(email);
    }

    @Test
    void a_delivery_still_in_the_outbox_when_its_owner_is_erased_mails_nobody() {
        var store = stores.create();
        var email = "pending-" + store.code() + "@example.com";
        var visitId = postVisit(store, "RO-PE1", email, "13500000001");
        TestMailServer.awaitMails(email, 1, Duration.ofSeconds(20));
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> count(
                                "select count(*) from event_publication where completion_date is not null"
                                        + " and listener_id like '%InvitationScheduler%' and visit_id = ?",
                                visitId.toString())
                        == 1);
        // as if the delivery had not been handled yet: no invitation, its publication still waiting
        var invitationId = invitations.statusOfVisit(visitId).orElseThrow().invitationId();
        jdbc.update("delete from event_publication where serialized_event like ?", "%" + invitationId + "%");
        jdbc.update("delete from invitation where visit_id = ?", visitId);
        jdbc.update(
                "update event_publication set completion_date = null, status = 'PUBLISHED'"
                        + " where listener_id like '%InvitationScheduler%' and visit_id = ?",
                visitId.toString());

        var result =
                signedIn.as(store.csManagerEmail(), () -> erasure.erase(OwnerQuery.byEmail(email), "Owner's request"));

        assertThat(result.visits()).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select serialized_event from event_publication where listener_id like '%InvitationScheduler%'"
                                + " and visit_id = ?",
                        String.class, visitId.toString()))
                .doesNotContain(email)
                .contains(PersonalDataEraser.MARKER);
        // now handed to its listener again, as after a restart
        jdbc.update("""
                update event_publication set status = 'FAILED',
                last_resubmission_date = date_sub(utc_timestamp(6), interval 1 hour)
                where listener_id like '%InvitationScheduler%' and visit_id = ?""", visitId.toString());
        var status = awaitInvitation(visitId);
        assertThat(status.state()).isEqualTo(InvitationState.SKIPPED);
        assertThat(status.skipReason()).isEqualTo(SkipReason.NO_VALID_EMAIL);
        Awaitility.await()
                .during(Duration.ofSeconds(3))
                .atMost(Duration.ofSeconds(5))
                .until(() -> TestMailServer.receivedBy(email).size() == 1);
    }

    private UUID postVisit(TestStores.TestStore store, String ro, String email, String mobile) {
        var json = """
                {"roNumber": "%s", "ownerName": "%s", "email": "%s", "phone": "%s", "plate": "粤B 7Q9Z3",
                 "vin": "%s", "model": "途观L", "serviceType": "MAINTENANCE", "advisor": "%s",
                 "deliveredAt": "%s", "language": "zh-CN"}""".formatted(
                        ro,
                        ro.startsWith("RO-ER") ? NAME : "王先生",
                        email,
                        mobile,
                        VIN,
                        store.advisorCode(),
                        clock.instant().minus(Duration.ofHours(3)));
        var created = Api.postVisit(baseUrl(), store.apiKey(), json, "en");
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return UUID.fromString(created.body().get("id").asString());
    }

    private InvitationStatus awaitInvitation(UUID visitId) {
        return Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(
                        () -> invitations.statusOfVisit(visitId),
                        found -> found.isPresent() && found.get().state() == InvitationState.SKIPPED)
                .orElseThrow();
    }

    private List<String> exports(DashboardFilter filter) {
        return List.of(
                PrivacyChecks.export(out -> responseExports.csv(filter, Locale.ENGLISH, out)),
                PrivacyChecks.export(out -> listExports.invitationsCsv(filter, List.of(), Locale.ENGLISH, out)),
                PrivacyChecks.export(out -> listExports.casesCsv(filter, null, null, Locale.ENGLISH, out)));
    }

    private String backupText() throws Exception {
        return PrivacyChecks.dump(backups);
    }

    private String ownerName(UUID visitId) {
        return jdbc.queryForObject("select owner_name from visit where id = ?", String.class, visitId);
    }

    private int count(String sql, Object... arguments) {
        var found = jdbc.queryForObject(sql, Integer.class, arguments);
        return found == null ? 0 : found;
    }

    private static int status(String url) throws Exception {
        var client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        return client.send(
                        HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }
}
