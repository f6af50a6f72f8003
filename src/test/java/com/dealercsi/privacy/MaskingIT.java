package com.dealercsi.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dealercsi.admin.Role;
import com.dealercsi.admin.StoreAdministration;
import com.dealercsi.recovery.RecoveryCases;
import com.dealercsi.recovery.RecoveryFixtures;
import com.dealercsi.recovery.RevisitDesk;
import com.dealercsi.reporting.DashboardFilter;
import com.dealercsi.reporting.Granularity;
import com.dealercsi.reporting.ListExports;
import com.dealercsi.reporting.ResponseExports;
import com.dealercsi.reporting.ResponseReports;
import com.dealercsi.shared.Language;
import com.dealercsi.support.IntegrationTest;
import com.dealercsi.support.Mails;
import com.dealercsi.support.SignedIn;
import com.dealercsi.support.TestMailServer;
import com.dealercsi.support.TestStores;
import com.dealercsi.survey.Questionnaires;
import com.dealercsi.survey.Surveys;
import com.dealercsi.visit.Visits;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Masking by need, per role, at the services (ADR 0052): what each role gets from the case, revisit, answer and
 * list services and the exports, who may reveal a contact for which job, and what the audit trail keeps of it.
 */
class MaskingIT extends IntegrationTest {

    private static final String FULL = "+8613800138000";
    private static final String MASKED = "138****8000";
    /** What {@code Api.visitJson} sends as delivery time. */
    private static final Instant DELIVERED = Instant.parse("2026-11-27T02:30:00Z");

    @Autowired
    RecoveryFixtures fixtures;

    @Autowired
    TestStores stores;

    @Autowired
    StoreAdministration administration;

    @Autowired
    Surveys surveys;

    @Autowired
    RecoveryCases cases;

    @Autowired
    RevisitDesk desk;

    @Autowired
    ResponseReports reports;

    @Autowired
    ResponseExports responseExports;

    @Autowired
    ListExports listExports;

    @Autowired
    Visits visits;

    @Autowired
    OwnerContacts contacts;

    @Autowired
    SignedIn signedIn;

    @Autowired
    JdbcTemplate jdbc;

    private TestStores.TestStore store;
    private TestStores.TestStore otherStore;
    private UUID caseId;
    private UUID caseVisit;
    private UUID responseId;
    private UUID uncalledVisit;
    private String ownerEmail;

    @BeforeEach
    void aCaseAndAnOwnerToCall() {
        store = fixtures.storeWithGeneralManager();
        otherStore = stores.create();
        TestStores.asAdmin(() -> {
            administration.addStaff(
                    "集团 " + store.code(),
                    group(),
                    "secret",
                    Language.ZH_CN,
                    null,
                    Set.of(Role.GROUP_MANAGER),
                    Set.of());
            administration.addStaff(
                    "管理员 " + store.code(), admin(), "secret", Language.EN, null, Set.of(Role.ADMIN), Set.of());
            return null;
        });
        // stored lower-case, as every e-mail is
        ownerEmail = ("owner-RO-MASK-" + store.code() + "@example.com").toLowerCase(Locale.ROOT);
        var token = RecoveryFixtures.invite(baseUrl(), store, "RO-MASK");
        surveys.submit(token, Questionnaires.STANDARD_VERSION, RecoveryFixtures.answers(2, 2, 1, "等太久了", true));
        uncalledVisit = RecoveryFixtures.visit(baseUrl(), store, "RO-MASK-CALL");
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> jdbc.queryForObject(
                                        "select count(*) from recovery_case where store_id = ?",
                                        Integer.class,
                                        store.store().id())
                                == 1
                        && jdbc.queryForObject(
                                        "select count(*) from revisit_visit where store_id = ?",
                                        Integer.class,
                                        store.store().id())
                                == 2);
        var row = jdbc.queryForMap(
                "select id, visit_id, response_id from recovery_case where store_id = ?",
                store.store().id());
        caseId = UUID.fromString(row.get("id").toString());
        caseVisit = UUID.fromString(row.get("visit_id").toString());
        responseId = UUID.fromString(row.get("response_id").toString());
    }

    @Test
    void every_role_that_opens_a_case_gets_the_owners_contacts_masked() {
        for (var who : List.of(
                store.managerEmail(),
                store.csManagerEmail(),
                RecoveryFixtures.csEmail(store),
                RecoveryFixtures.gmEmail(store),
                group(),
                admin())) {
            var visit =
                    signedIn.as(who, () -> cases.details(caseId).orElseThrow().visit());
            assertThat(visit.phone()).as(who).isEqualTo(MASKED);
            assertThat(visit.email()).as(who).isEqualTo("o***@example.com");
        }
        assertThatThrownBy(() -> signedIn.as(advisor(), () -> cases.details(caseId)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_revisit_list_the_answer_page_and_the_invitation_list_show_numbers_masked() {
        clock.set(DELIVERED.plus(Duration.ofDays(4)));
        for (var who : List.of(RecoveryFixtures.csEmail(store), group(), store.managerEmail())) {
            var calls = signedIn.as(who, () -> desk.callList(store.store().id()));
            assertThat(calls).as(who).extracting(RevisitDesk.Call::visitId).containsExactly(uncalledVisit);
            assertThat(calls).as(who).extracting(RevisitDesk.Call::phone).containsExactly(MASKED);
        }
        for (var who : List.of(advisor(), group(), store.csManagerEmail())) {
            var visit = signedIn.as(
                    who, () -> reports.report(responseId).orElseThrow().visit());
            assertThat(visit.phone()).as(who).isEqualTo(MASKED);
            assertThat(visit.email()).as(who).doesNotContain("owner-RO-MASK");
        }
        var listed = signedIn.as(store.csManagerEmail(), () -> visits.listed(List.of(caseVisit, uncalledVisit)));
        assertThat(listed).extracting(v -> v.phone()).containsOnly(MASKED);
        assertThat(listed).extracting(v -> v.email()).allMatch(email -> email.startsWith("o***@"));
    }

    @Test
    void a_reveal_for_the_job_gives_the_full_number_and_the_trail_keeps_who_why_and_which_field_not_the_value() {
        var full = signedIn.as(
                store.csManagerEmail(), () -> contacts.reveal(caseVisit, ContactField.MOBILE, RevealPurpose.CASE));
        var callNumber = signedIn.as(
                RecoveryFixtures.csEmail(store),
                () -> contacts.reveal(uncalledVisit, ContactField.MOBILE, RevealPurpose.REVISIT_CALL));
        var email = signedIn.as(
                RecoveryFixtures.gmEmail(store),
                () -> contacts.reveal(caseVisit, ContactField.EMAIL, RevealPurpose.CASE));

        assertThat(full).isEqualTo(FULL);
        assertThat(callNumber).isEqualTo(FULL);
        assertThat(email).isEqualTo(ownerEmail);
        var entries = jdbc.queryForList(
                "select actor, store_id, subject, details from audit_entry where action = 'REVEAL' and subject in (?, ?)"
                        + " order by seq",
                caseVisit.toString(),
                uncalledVisit.toString());
        assertThat(entries).hasSize(3);
        assertThat(entries.getFirst().get("actor"))
                .isEqualTo(store.csManagerEmail().toLowerCase(Locale.ROOT));
        assertThat(entries.getFirst().get("subject")).isEqualTo(caseVisit.toString());
        assertThat(entries.getFirst().get("store_id").toString())
                .isEqualTo(store.store().id().toString());
        assertThat(entries.getFirst().get("details").toString())
                .contains("privacy.contact.MOBILE", "privacy.purpose.CASE");
        assertThat(entries.get(1).get("details").toString()).contains("privacy.purpose.REVISIT_CALL");
        assertThat(entries.get(2).get("details").toString()).contains("privacy.contact.EMAIL");
        assertThat(entries)
                .allSatisfy(entry ->
                        assertThat(entry.toString()).doesNotContain("13800138000", "138 0013 8000", ownerEmail, "王先生"));
    }

    @Test
    void advisors_group_managers_and_other_stores_are_refused_a_reveal_and_nothing_is_recorded() {
        assertRefused(advisor(), RevealPurpose.CASE);
        assertRefused(group(), RevealPurpose.CASE);
        assertRefused(group(), RevealPurpose.REVISIT_CALL);
        // the general manager takes escalated cases, but does not make the desk's calls
        assertRefused(RecoveryFixtures.gmEmail(store), RevealPurpose.REVISIT_CALL);
        assertRefused(otherStore.csManagerEmail(), RevealPurpose.CASE);
        assertRefused(otherStore.managerEmail(), RevealPurpose.PHONE_SURVEY);

        assertThat(signedIn.as(advisor(), () -> contacts.mayReveal(RevealPurpose.CASE)))
                .isFalse();
        assertThat(signedIn.as(group(), () -> contacts.mayReveal(RevealPurpose.CASE)))
                .isFalse();
        assertThat(signedIn.as(store.managerEmail(), () -> contacts.mayReveal(RevealPurpose.PHONE_SURVEY)))
                .isTrue();
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where action = 'REVEAL' and subject = ?",
                        Integer.class,
                        caseVisit.toString()))
                .isZero();
    }

    @Test
    void exports_carry_no_contacts_and_only_roles_that_may_export_get_a_file_which_is_audited() {
        var filter = new DashboardFilter(
                LocalDate.of(2026, 11, 1), LocalDate.now().plusDays(1), Set.of(), Granularity.WEEK, null);
        for (var who : List.of(store.managerEmail(), group(), admin(), RecoveryFixtures.gmEmail(store))) {
            var files = signedIn.as(who, () -> {
                var responses = new ByteArrayOutputStream();
                var invitations = new ByteArrayOutputStream();
                var caseList = new ByteArrayOutputStream();
                responseExports.csv(filter, Locale.ENGLISH, responses);
                listExports.invitationsCsv(filter, List.of(), Locale.ENGLISH, invitations);
                listExports.casesCsv(filter, null, null, Locale.ENGLISH, caseList);
                return responses.toString(StandardCharsets.UTF_8)
                        + invitations.toString(StandardCharsets.UTF_8)
                        + caseList.toString(StandardCharsets.UTF_8);
            });
            assertThat(files).as(who).contains("RO-MASK").doesNotContain("13800138000", "138 0013 8000", ownerEmail);
        }
        for (var who : List.of(advisor(), RecoveryFixtures.csEmail(store))) {
            assertThat(signedIn.as(who, () -> responseExports.mayExport()))
                    .as(who)
                    .isFalse();
            assertThatThrownBy(() -> signedIn.run(
                            who, () -> responseExports.csv(filter, Locale.ENGLISH, new ByteArrayOutputStream())))
                    .as(who)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> signedIn.run(
                            who,
                            () -> listExports.casesCsv(
                                    filter, null, null, Locale.ENGLISH, new ByteArrayOutputStream())))
                    .as(who)
                    .isInstanceOf(AccessDeniedException.class);
        }
        var audited = jdbc.queryForList(
                "select details from audit_entry where action = 'EXPORT' and actor = ?",
                String.class,
                store.managerEmail());
        assertThat(audited).hasSize(3);
        assertThat(audited).allSatisfy(details -> assertThat(details).contains("\"rows\"", "\"from\"", "\"to\""));
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where action = 'EXPORT' and actor in (?, ?)",
                        Integer.class,
                        advisor(),
                        RecoveryFixtures.csEmail(store)))
                .isZero();
    }

    @Test
    void the_alert_mail_carries_the_full_number_the_manager_calls_back() {
        var alert = TestMailServer.awaitMails(store.csManagerEmail(), 1, Duration.ofSeconds(20))
                .getFirst();

        assertThat(Mails.text(alert)).contains("13800138000").doesNotContain(MASKED);
    }

    private void assertRefused(String who, RevealPurpose purpose) {
        assertThatThrownBy(() -> signedIn.as(who, () -> contacts.reveal(caseVisit, ContactField.MOBILE, purpose)))
                .as(who + " " + purpose)
                .isInstanceOf(AccessDeniedException.class);
    }

    private String advisor() {
        return "advisor-" + store.code() + "@test.local";
    }

    private String group() {
        return "group-" + store.code() + "@test.local";
    }

    private String admin() {
        return "admin-" + store.code() + "@test.local";
    }
}
