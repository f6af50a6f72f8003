package com.dealercsi.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dealercsi.admin.Role;
import com.dealercsi.admin.StoreAdministration;
import com.dealercsi.audit.internal.AuditRetention;
import com.dealercsi.audit.internal.ChainHash;
import com.dealercsi.recovery.CaseDueTimes;
import com.dealercsi.recovery.CaseFilter;
import com.dealercsi.recovery.CaseRow;
import com.dealercsi.recovery.DueTimes;
import com.dealercsi.recovery.RecoveryCases;
import com.dealercsi.recovery.RecoveryFixtures;
import com.dealercsi.reporting.DashboardFilter;
import com.dealercsi.reporting.Granularity;
import com.dealercsi.reporting.ListExports;
import com.dealercsi.support.IntegrationTest;
import com.dealercsi.support.SignedIn;
import com.dealercsi.support.TestStores;
import com.dealercsi.survey.Questionnaires;
import com.dealercsi.survey.Surveys;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The audit trail on the real database: what is recorded, that it cannot be changed, and who may read it. */
class AuditTrailIT extends IntegrationTest {

    @Autowired
    AuditTrail trail;

    @Autowired
    AuditLog log;

    @Autowired
    AuditRetention retention;

    @Autowired
    TestStores stores;

    @Autowired
    RecoveryFixtures fixtures;

    @Autowired
    Surveys surveys;

    @Autowired
    RecoveryCases desk;

    @Autowired
    ListExports exports;

    @Autowired
    CaseDueTimes dueTimes;

    @Autowired
    StoreAdministration administration;

    @Autowired
    SignedIn signedIn;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void a_sign_in_and_a_failed_one_are_recorded_without_the_password() throws Exception {
        var store = stores.create();
        // accounts keep their log-in in lower case
        var email = store.managerEmail().toLowerCase(Locale.ROOT);
        var typo = "Nobody-" + store.code() + "@test.local";

        postLogin(email, "secret");
        postLogin(typo, "wrong-pass-" + store.code());

        var signIns = asAdmin(new AuditFilter(email, AuditAction.SIGN_IN, null, null, null));
        assertThat(signIns).singleElement().satisfies(row -> {
            assertThat(row.actor()).isEqualTo(email);
            assertThat(row.actorRoles()).isEqualTo("STORE_MANAGER");
            assertThat(row.subject()).isEqualTo(email);
            assertThat(row.details()).containsKey("address");
        });
        var failures = asAdmin(new AuditFilter(null, AuditAction.SIGN_IN_FAILED, null, null, null)).stream()
                .filter(row -> row.subject().equals(typo))
                .toList();
        assertThat(failures).singleElement().satisfies(row -> {
            assertThat(row.actor()).isEqualTo("anonymous");
            assertThat(row.details()).containsEntry("reason", "audit.signIn.badCredentials");
        });
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where subject like ? or details like ?",
                        Integer.class,
                        "%wrong-pass-%",
                        "%wrong-pass-%"))
                .isZero();
    }

    @Test
    void every_change_to_a_case_is_recorded_with_its_actor_and_store_and_an_export_with_its_filter_and_rows() {
        var store = fixtures.storeWithGeneralManager();
        var token = RecoveryFixtures.invite(baseUrl(), store, "RO-AUDIT");
        surveys.submit(token, Questionnaires.STANDARD_VERSION, RecoveryFixtures.answers(3, 2, 4, "太慢了", true));
        var row = awaitOneCase(store);

        signedIn.run(store.csManagerEmail(), () -> desk.acknowledge(row.id()));

        var changes = asAdmin(new AuditFilter(
                null, AuditAction.CASE_CHANGED, null, null, store.store().id()));
        assertThat(changes)
                .extracting(r -> r.details().get("change"))
                .containsExactly("recovery.audit.ACKNOWLEDGED", "recovery.audit.OPENED");
        assertThat(changes.getFirst()).satisfies(ack -> {
            assertThat(ack.actor()).isEqualToIgnoringCase(store.csManagerEmail());
            assertThat(ack.actorRoles()).isEqualTo("CUSTOMER_SERVICE_MANAGER");
            assertThat(ack.storeId()).isEqualTo(store.store().id());
            assertThat(ack.storeName()).isEqualTo(store.store().name());
            assertThat(ack.subject()).isEqualTo(row.id().toString());
        });
        assertThat(changes.getLast().actor()).isEqualTo(AuditTrail.SYSTEM);
        // the owner's comment stays with the case; the trail names only what changed
        assertThat(changes)
                .allSatisfy(change -> assertThat(change.details().toString()).doesNotContain("太慢了"));

        var today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        var filter = new DashboardFilter(
                today.minusDays(1), today, Set.of(store.store().id()), Granularity.WEEK, null);
        var csv = new ByteArrayOutputStream();
        signedIn.run(store.csManagerEmail(), () -> exports.casesCsv(filter, null, null, Locale.ENGLISH, csv));

        var exported = asAdmin(new AuditFilter(store.csManagerEmail(), AuditAction.EXPORT, null, null, null));
        assertThat(exported).singleElement().satisfies(export -> {
            assertThat(export.storeId()).isEqualTo(store.store().id());
            assertThat(export.subject()).isEqualTo("audit.export.cases");
            assertThat(export.details())
                    .containsEntry("rows", "1")
                    .containsEntry("format", "csv")
                    .containsEntry("from", today.minusDays(1).toString())
                    .containsEntry("to", today.toString())
                    .containsEntry("stores", store.code());
        });
        // the manager sees the same in words, in both languages
        var words = signedIn.as(store.csManagerEmail(), () -> log.details(exported.getFirst(), Locale.ENGLISH));
        assertThat(words).contains("export: Cases", "rows: 1");
        assertThat(signedIn.as(
                        store.csManagerEmail(), () -> log.details(exported.getFirst(), Locale.SIMPLIFIED_CHINESE)))
                .contains("导出内容: 工单", "行数: 1");
    }

    @Test
    void the_audit_csv_lists_the_filtered_entries_and_is_itself_recorded_as_an_export() {
        var store = stores.create();
        signedIn.run(store.managerEmail(), () -> dueTimes.save(store.store().id(), new DueTimes(3, 20, 60)));
        var out = new ByteArrayOutputStream();
        var filter = new AuditFilter(
                null, AuditAction.SETTINGS_CHANGED, null, null, store.store().id());

        signedIn.run(store.managerEmail(), () -> log.csv(filter, ZoneId.of("Asia/Shanghai"), Locale.ENGLISH, out));

        var text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFTime (Asia/Shanghai),Who,Role,What,Store,About,Details\r\n");
        var lines = text.substring(1).split("\r\n");
        // newest first: the due times, then the store's creation
        assertThat(lines).hasSize(3);
        assertThat(lines[1])
                .contains(
                        store.managerEmail().toLowerCase(Locale.ROOT),
                        "Service manager",
                        "Settings changed",
                        store.store().name(),
                        "Case due times",
                        "acknowledge within (h): 3");
        assertThat(lines[2]).contains("Store created", "code: " + store.code());
        var recorded = asAdmin(new AuditFilter(store.managerEmail(), AuditAction.EXPORT, null, null, null));
        assertThat(recorded).singleElement().satisfies(export -> {
            assertThat(export.storeId()).isEqualTo(store.store().id());
            assertThat(export.details())
                    .containsEntry("export", "audit.export.trail")
                    .containsEntry("rows", "2")
                    .containsEntry("action", "audit.action.SETTINGS_CHANGED");
        });
    }

    @Test
    void the_database_refuses_to_update_or_delete_an_entry() {
        var subject = "refused-" + UUID.randomUUID();
        trail.recordAs("test", "", AuditAction.SETTINGS_CHANGED, null, subject, Map.of());
        long seq = seqOf(subject);

        assertThatThrownBy(() -> jdbc.update("update audit_entry set subject = 'forged' where seq = ?", seq))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_entry where seq = ?", seq))
                .hasMessageContaining("append-only");
        // even with the retention job's mark set, a row newer than the mark stays
        assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
                    jdbc.update(
                            "set @csi_audit_purge_before = ?",
                            LocalDateTime.now(ZoneOffset.UTC).minusYears(3));
                    try {
                        jdbc.update("delete from audit_entry where seq = ?", seq);
                    } finally {
                        jdbc.update("set @csi_audit_purge_before = null");
                    }
                }))
                .hasMessageContaining("append-only");
        assertThat(jdbc.queryForObject("select subject from audit_entry where seq = ?", String.class, seq))
                .isEqualTo(subject);
    }

    @Test
    void a_change_made_past_the_trigger_is_found_by_walking_the_chain() {
        var first = "tampered-" + UUID.randomUUID();
        var second = "next-" + UUID.randomUUID();
        trail.recordAs("test", "", AuditAction.SETTINGS_CHANGED, null, first, Map.of("n", "1"));
        trail.recordAs("test", "", AuditAction.SETTINGS_CHANGED, null, second, Map.of("n", "2"));
        long seq = seqOf(first);
        var originalHash = jdbc.queryForObject("select hash from audit_entry where seq = ?", String.class, seq);
        assertThat(trail.verify().intact()).isTrue();

        jdbc.execute("drop trigger audit_entry_no_update");
        try {
            jdbc.update("update audit_entry set subject = 'forged' where seq = ?", seq);
            assertThat(trail.verify()).satisfies(check -> {
                assertThat(check.intact()).isFalse();
                assertThat(check.firstBroken()).isEqualTo(seq);
                assertThat(check.problem()).isEqualTo(ChainCheck.Problem.CHANGED);
            });

            // a forger who also rewrites the hash breaks the link to the next entry
            var forged = jdbc.queryForObject(
                    "select * from audit_entry where seq = ?",
                    (rs, i) -> new ChainHash.Entry(
                            rs.getLong("seq"),
                            rs.getObject("at", LocalDateTime.class).toInstant(ZoneOffset.UTC),
                            rs.getString("actor"),
                            rs.getString("actor_role"),
                            rs.getString("action"),
                            null,
                            rs.getString("subject"),
                            rs.getString("details"),
                            rs.getString("prev_hash")),
                    seq);
            jdbc.update("update audit_entry set hash = ? where seq = ?", ChainHash.hash(forged), seq);
            assertThat(trail.verify()).satisfies(check -> {
                assertThat(check.firstBroken()).isEqualTo(seq + 1);
                assertThat(check.problem()).isEqualTo(ChainCheck.Problem.NOT_LINKED);
            });
        } finally {
            jdbc.update("update audit_entry set subject = ?, hash = ? where seq = ?", first, originalHash, seq);
            jdbc.execute("create trigger audit_entry_no_update before update on audit_entry for each row begin "
                    + "signal sqlstate '45000' set message_text = 'audit_entry is append-only: entries are never "
                    + "changed'; end");
        }
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void retention_removes_only_entries_older_than_the_retention_period_and_the_chain_still_verifies() {
        var old = "old-" + UUID.randomUUID();
        var young = "young-" + UUID.randomUUID();
        trail.recordAs("test", "", AuditAction.SETTINGS_CHANGED, null, old, Map.of());
        long oldSeq = seqOf(old);

        // 36 months and a few weeks later
        clock.set(
                Instant.now().atZone(ZoneOffset.UTC).plusMonths(36).plusWeeks(3).toInstant());
        trail.recordAs("test", "", AuditAction.SETTINGS_CHANGED, null, young, Map.of());
        long youngSeq = seqOf(young);
        long removed = retention.run();

        assertThat(removed).isGreaterThanOrEqualTo(1);
        assertThat(count(old)).isZero();
        assertThat(count(young)).isOne();
        var runs = asAdmin(new AuditFilter(null, AuditAction.RETENTION_RUN, null, null, null));
        assertThat(runs.getFirst()).satisfies(run -> {
            assertThat(run.actor()).isEqualTo(AuditTrail.SYSTEM);
            assertThat(run.details())
                    .containsEntry("deleted", Long.toString(removed))
                    .containsEntry("retention", "P36M");
            assertThat(Long.parseLong(run.details().get("anchorSeq"))).isBetween(oldSeq, youngSeq - 1);
        });
        assertThat(trail.verify().intact()).isTrue();

        // a second run finds nothing old enough; entries made after it (with the clock back) still chain on
        assertThat(retention.run()).isZero();
        clock.reset();
        trail.recordAs("test", "", AuditAction.SETTINGS_CHANGED, null, "after-" + young, Map.of());
        assertThat(count(young)).isOne();
        assertThat(trail.verify()).satisfies(check -> {
            assertThat(check.intact()).isTrue();
            assertThat(check.checked()).isPositive();
        });
    }

    @Test
    void a_store_manager_sees_only_the_entries_of_their_stores_and_an_advisor_none() {
        var mine = stores.create();
        var other = stores.create();
        signedIn.run(mine.managerEmail(), () -> dueTimes.save(mine.store().id(), new DueTimes(4, 24, 72)));
        signedIn.run(other.managerEmail(), () -> dueTimes.save(other.store().id(), new DueTimes(5, 24, 72)));
        var advisor = "advisor-" + other.code() + "@test.local";
        var advisorId = TestStores.asAdmin(() -> administration.staff()).stream()
                .filter(account -> account.email().equalsIgnoreCase(advisor))
                .findFirst()
                .orElseThrow();
        TestStores.asAdmin(() -> administration.updateStaff(
                advisorId.id(),
                advisorId.name(),
                advisor,
                advisorId.language(),
                advisorId.staffCode(),
                Set.of(Role.ADVISOR, Role.CUSTOMER_SERVICE),
                Set.of(other.store().id()),
                true));

        var seen = signedIn.as(mine.managerEmail(), () -> log.find(AuditFilter.ALL, 0, 500));
        assertThat(seen)
                .isNotEmpty()
                .allSatisfy(
                        row -> assertThat(row.storeId()).isEqualTo(mine.store().id()));
        assertThat(seen).anySatisfy(row -> {
            assertThat(row.action()).isEqualTo(AuditAction.SETTINGS_CHANGED);
            assertThat(row.actor()).isEqualToIgnoringCase(mine.managerEmail());
            assertThat(row.subject()).isEqualTo("audit.setting.dueTimes");
            assertThat(row.details()).containsEntry("acknowledgeHours", "4");
        });
        var ofOther = new AuditFilter(null, null, null, null, other.store().id());
        assertThat(signedIn.as(mine.managerEmail(), () -> log.find(ofOther, 0, 50)))
                .isEmpty();
        assertThat(signedIn.as(mine.managerEmail(), () -> log.count(ofOther))).isZero();
        assertThat(signedIn.as(mine.managerEmail(), () -> log.visibleStores()))
                .extracting(AuditStoreDirectory.AuditStore::id)
                .containsExactly(mine.store().id());
        assertThatThrownBy(() -> signedIn.as(advisor, () -> log.find(AuditFilter.ALL, 0, 50)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn.as(mine.managerEmail(), () -> log.checkChain()))
                .isInstanceOf(AccessDeniedException.class);

        // the administrator sees every store's entries and those of no store, such as the role change
        assertThat(asAdmin(ofOther))
                .anySatisfy(row -> assertThat(row.actor()).isEqualToIgnoringCase(other.managerEmail()));
        assertThat(asAdmin(new AuditFilter(null, AuditAction.ROLE_CHANGED, null, null, null)))
                .anySatisfy(row -> {
                    assertThat(row.subject()).isEqualToIgnoringCase(advisor);
                    assertThat(row.storeId()).isNull();
                    assertThat(row.details())
                            .containsEntry("before", "admin.role.ADVISOR")
                            .containsEntry("after", "admin.role.ADVISOR,admin.role.CUSTOMER_SERVICE");
                });
        assertThat(TestStores.asAdmin(() -> log.checkChain()).intact()).isTrue();
    }

    private List<AuditRow> asAdmin(AuditFilter filter) {
        return TestStores.asAdmin(() -> log.find(filter, 0, 200));
    }

    private long seqOf(String subject) {
        return jdbc.queryForObject("select seq from audit_entry where subject = ?", Long.class, subject);
    }

    private int count(String subject) {
        return jdbc.queryForObject("select count(*) from audit_entry where subject = ?", Integer.class, subject);
    }

    private CaseRow awaitOneCase(TestStores.TestStore store) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> jdbc.queryForObject(
                                "select count(*) from recovery_case where store_id = ?",
                                Integer.class,
                                store.store().id())
                        == 1);
        return signedIn.as(store.csManagerEmail(), () -> desk.find(CaseFilter.ALL, 0, 10))
                .getFirst();
    }

    private static void postLogin(String email, String password) throws Exception {
        var client = HttpClient.newBuilder()
                .cookieHandler(new java.net.CookieManager())
                .build();
        client.send(
                HttpRequest.newBuilder(URI.create(baseUrl() + "/login")).GET().build(),
                HttpResponse.BodyHandlers.discarding());
        var form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        client.send(
                HttpRequest.newBuilder(URI.create(baseUrl() + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
    }
}
