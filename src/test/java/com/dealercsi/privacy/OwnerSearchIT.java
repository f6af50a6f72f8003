package com.dealercsi.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dealercsi.privacy.PrivacyFixtures.Owner;
import com.dealercsi.recovery.RecoveryFixtures;
import com.dealercsi.shared.privacy.OwnerQuery;
import com.dealercsi.shared.privacy.PersonalRecord;
import com.dealercsi.support.IntegrationTest;
import com.dealercsi.support.SignedIn;
import com.dealercsi.support.TestMailServer;
import com.dealercsi.support.TestStores;
import com.dealercsi.survey.Questionnaires;
import com.dealercsi.survey.Surveys;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** The owner search and the access file as the service gives them, on the real database, per role and store. */
class OwnerSearchIT extends IntegrationTest {

    @Autowired
    OwnerSearch search;

    @Autowired
    AccessFiles files;

    @Autowired
    TestStores stores;

    @Autowired
    PrivacyFixtures fixtures;

    @Autowired
    SignedIn signedIn;

    @Autowired
    Surveys surveys;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void finds_the_owner_by_each_of_mobile_email_plate_vin_and_name_across_their_visits() {
        var store = stores.create();
        var owner = Owner.unique();
        var first = PrivacyFixtures.visit(baseUrl(), store, owner, "RO-A1", "zh-CN");
        var second = PrivacyFixtures.visit(baseUrl(), store, owner, "RO-A2", "zh-CN");
        PrivacyFixtures.visit(baseUrl(), store, Owner.unique(), "RO-OTHER", "zh-CN");
        var both = Set.of(first, second);

        // each part as staff might type it: the mobile with a dash, the e-mail in capitals, the plate with a space
        var mobileWithDash = owner.mobile().replaceFirst(" ", "-").replace(" ", "");
        for (var query : List.of(
                new OwnerQuery(mobileWithDash, null, null, null, null, null),
                new OwnerQuery(null, owner.email().toUpperCase(), null, null, null, null),
                new OwnerQuery(
                        null,
                        null,
                        owner.plate().substring(0, 2) + " " + owner.plate().substring(2),
                        null,
                        null,
                        null),
                new OwnerQuery(null, null, null, owner.vin().toLowerCase(), null, null),
                new OwnerQuery(null, null, null, null, owner.name(), null))) {
            assertThat(visitIds(store.csManagerEmail(), query))
                    .as(query.toString())
                    .isEqualTo(both);
        }
        assertThat(visitIds(store.csManagerEmail(), OwnerQuery.byRoNumber("RO-A2")))
                .containsExactly(second);
        // every filled part must match
        assertThat(visitIds(store.csManagerEmail(), new OwnerQuery(null, owner.email(), null, null, null, "RO-A1")))
                .containsExactly(first);
        assertThat(visitIds(store.csManagerEmail(), new OwnerQuery(null, null, null, null, null, null)))
                .isEmpty();
    }

    @Test
    void a_manager_finds_the_owner_only_in_their_stores_and_an_administrator_in_every_store() {
        var mine = stores.create();
        var other = stores.create();
        var owner = Owner.unique();
        var here = PrivacyFixtures.visit(baseUrl(), mine, owner, "RO-B1", "zh-CN");
        var there = PrivacyFixtures.visit(baseUrl(), other, owner, "RO-B2", "en");
        var byEmail = OwnerQuery.byEmail(owner.email());

        assertThat(visitIds(mine.csManagerEmail(), byEmail)).containsExactly(here);
        assertThat(visitIds(other.csManagerEmail(), byEmail)).containsExactly(there);
        assertThat(visitIds(fixtures.administrator(), byEmail)).containsExactlyInAnyOrder(here, there);
    }

    @Test
    void an_advisor_and_a_manager_of_another_store_are_refused_or_find_nobody() {
        var store = stores.create();
        var elsewhere = stores.create();
        var owner = Owner.unique();
        PrivacyFixtures.visit(baseUrl(), store, owner, "RO-C1", "zh-CN");
        var byMobile = OwnerQuery.byMobile(owner.mobile());
        var advisor = "advisor-" + store.code() + "@test.local";

        assertThatThrownBy(() -> signedIn.as(advisor, () -> search.search(byMobile)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn.as(
                        advisor, () -> files.write(byMobile, AccessFiles.Format.JSON, new ByteArrayOutputStream())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn.as(store.managerEmail(), () -> search.search(byMobile)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(signedIn.as(elsewhere.csManagerEmail(), () -> search.search(byMobile))
                        .isEmpty())
                .isTrue();
        var file = new ByteArrayOutputStream();
        assertThat(signedIn.as(elsewhere.csManagerEmail(), () -> files.write(byMobile, AccessFiles.Format.HTML, file)))
                .isZero();
        assertThat(file.toString(StandardCharsets.UTF_8)).doesNotContain(owner.name(), owner.email());
    }

    @Test
    void shows_the_answer_its_alert_its_case_and_the_mails_about_the_owner() {
        var store = stores.create();
        var owner = Owner.unique();
        var visit = PrivacyFixtures.visit(baseUrl(), store, owner, "RO-D1", "zh-CN");
        surveys.submit(
                PrivacyFixtures.surveyToken(owner),
                Questionnaires.STANDARD_VERSION,
                RecoveryFixtures.answers(3, 2, 1, "等了三个小时 </script>", true));
        var query = OwnerQuery.byEmail(owner.email());

        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(kinds(signedIn.as(store.csManagerEmail(), () -> search.search(query))))
                        .contains("privacy.record.case", "privacy.record.mailToStaff", "privacy.record.reportCopy"));
        var found = signedIn.as(store.csManagerEmail(), () -> search.search(query));

        assertThat(found.visits()).singleElement().satisfies(one -> {
            assertThat(one.visit().id()).isEqualTo(visit);
            assertThat(one.storeName()).isEqualTo(store.store().name());
            assertThat(one.records().getFirst().kind()).isEqualTo("privacy.record.visit");
        });
        assertThat(kinds(found))
                .contains(
                        "privacy.record.visit",
                        "privacy.record.invitation",
                        "privacy.record.mailToOwner",
                        "privacy.record.answer",
                        "privacy.record.alert",
                        "privacy.record.case");
        var records = found.visits().getFirst().records();
        assertThat(field(records, "privacy.record.visit", "privacy.field.mobile"))
                .isEqualTo(owner.e164());
        assertThat(field(records, "privacy.record.answer", "privacy.field.comment"))
                .isEqualTo("等了三个小时 </script>");
        assertThat(field(records, "privacy.record.answer", "privacy.field.overall"))
                .isEqualTo("2");
        assertThat(field(records, "privacy.record.mailToOwner", "privacy.field.mail"))
                .isEqualTo("privacy.mail.invitation");
        assertThat(records.stream()
                        .filter(r -> r.kind().equals("privacy.record.mailToStaff"))
                        .map(r -> r.fields().get("privacy.field.recipient")))
                .isNotEmpty()
                .allSatisfy(recipient -> assertThat(recipient).contains("@"));
    }

    @Test
    void a_search_and_a_file_are_audited_by_what_was_searched_by_never_by_the_values() {
        var store = stores.create();
        var owner = Owner.unique();
        var first = PrivacyFixtures.visit(baseUrl(), store, owner, "RO-E1", "en");
        var second = PrivacyFixtures.visit(baseUrl(), store, owner, "RO-E2", "en");
        // both invitations settled (one mailed, one skipped as too soon), so the search and the file agree
        TestMailServer.awaitMails(owner.email(), 1, Duration.ofSeconds(20));
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> jdbc.queryForObject(
                                "select count(*) from invitation where visit_id in (?, ?)"
                                        + " and state not in ('SCHEDULED', 'QUEUED')",
                                Integer.class,
                                first.toString(),
                                second.toString())
                        == 2);
        var query = new OwnerQuery(owner.mobile(), null, owner.plate(), null, null, null);

        var found = signedIn.as(store.csManagerEmail(), () -> search.search(query));
        var file = new ByteArrayOutputStream();
        var rows = signedIn.as(store.csManagerEmail(), () -> files.write(query, AccessFiles.Format.HTML, file));

        assertThat(rows).isEqualTo(found.records()).isPositive();
        var entries = jdbc.queryForList(
                "select action, actor, subject, details from audit_entry where store_id = ? order by seq",
                store.store().id().toString());
        assertThat(entries)
                .filteredOn(e -> e.get("subject").equals("audit.subject.ownerSearch"))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.get("action")).isEqualTo("REVEAL");
                    assertThat(e.get("actor").toString()).isEqualToIgnoringCase(store.csManagerEmail());
                    assertThat(e.get("details").toString())
                            .contains("privacy.field.mobile,privacy.field.plate")
                            .contains("\"visits\":\"2\"");
                });
        assertThat(entries)
                .filteredOn(e -> e.get("subject").equals("audit.subject.accessFile"))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.get("action")).isEqualTo("EXPORT");
                    assertThat(e.get("details").toString())
                            .contains("\"format\":\"html\"")
                            .contains("\"rows\":\"" + rows + "\"");
                });
        var personal = new String[] {owner.name(), owner.email(), owner.e164(), owner.plate(), owner.vin()};
        assertThat(entries)
                .allSatisfy(e -> assertThat(e.get("subject") + " " + e.get("details"))
                        .doesNotContain(personal)
                        .doesNotContain(owner.mobile().replace(" ", "").substring(3)));
        assertThat(file.toString(StandardCharsets.UTF_8))
                .contains(
                        "<html lang=\"en\">",
                        owner.name(),
                        owner.email(),
                        store.store().name(),
                        "RO-E2");
    }

    private Set<UUID> visitIds(String staff, OwnerQuery query) {
        return signedIn.as(staff, () -> search.search(query)).visits().stream()
                .map(visit -> visit.visit().id())
                .collect(Collectors.toSet());
    }

    private static List<String> kinds(OwnerFound found) {
        return found.visits().stream()
                .flatMap(visit -> visit.records().stream())
                .map(PersonalRecord::kind)
                .toList();
    }

    private static String field(List<PersonalRecord> records, String kind, String field) {
        return records.stream()
                .filter(r -> r.kind().equals(kind))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No " + kind + " in " + records))
                .fields()
                .get(field);
    }
}
