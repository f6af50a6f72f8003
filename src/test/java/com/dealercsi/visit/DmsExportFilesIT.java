package com.dealercsi.visit;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealercsi.admin.Role;
import com.dealercsi.admin.StoreAdministration;
import com.dealercsi.recovery.RevisitDesk;
import com.dealercsi.shared.Language;
import com.dealercsi.support.Api;
import com.dealercsi.support.IntegrationTest;
import com.dealercsi.support.SignedIn;
import com.dealercsi.support.TestStores;
import com.dealercsi.support.TestStores.TestStore;
import com.dealercsi.visit.fileimport.ImportFiles;
import com.dealercsi.visit.fileimport.ImportPreview;
import com.dealercsi.visit.fileimport.RowCheck;
import com.dealercsi.visit.fileimport.RowCheck.Status;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Export files as Chinese and English DMSs write them (kept in {@code src/test/resources/dms}, each beside the
 * outcome it must have per row): GBK with a title line above the header, the DMS's own service-type words,
 * phones with spaces and +86, plates with a middle dot, Chinese dates, blank lines, trailing columns, Excel date
 * cells and numeric phones, owners without e-mail and advisors the store has not set up.
 */
class DmsExportFilesIT extends IntegrationTest {

    @Autowired
    TestStores stores;

    @Autowired
    StoreAdministration administration;

    @Autowired
    SignedIn signedIn;

    @Autowired
    VisitImports imports;

    @Autowired
    RevisitDesk revisitDesk;

    @Autowired
    UnmatchedAdvisors unmatched;

    @Autowired
    JdbcTemplate jdbc;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "dms-gbk-title-line-chinese-words.csv",
                "dms-utf8-bom-semicolons-english.csv",
                "dms-xlsx-date-cells-number-phones.xlsx",
                "dms-xls-excel97.xls"
            })
    void every_row_that_carries_a_usable_visit_imports_in_one_pass_and_only_once(String file) throws IOException {
        var store = storeWithAdvisorLiMing();
        var table = ImportFiles.read(file, bytes(file), null);
        var mapping = signedIn.as(
                store.managerEmail(), () -> imports.mappingFor(store.store().id(), table.headers()));
        assertThat(mapping.missing())
                .as("columns found from the file's own header names")
                .isEmpty();

        var preview = signedIn.as(
                store.managerEmail(), () -> imports.preview(store.store().id(), table, mapping));

        assertThat(outcomes(preview)).as(file).containsExactlyElementsOf(expected(file));
        var ready = preview.count(Status.READY);
        var first = signedIn.as(
                store.managerEmail(), () -> imports.importRows(store.store().id(), table, mapping));
        var again = signedIn.as(
                store.managerEmail(), () -> imports.importRows(store.store().id(), table, mapping));
        assertThat(first.imported()).isEqualTo(ready);
        assertThat(again.imported()).isZero();
        assertThat(again.alreadyThere()).isEqualTo(ready);
        assertThat(jdbc.queryForObject(
                        "select count(*) from visit where store_id = ?",
                        Long.class,
                        store.store().id()))
                .isEqualTo(ready);
    }

    @Test
    void the_owner_without_e_mail_is_called_and_the_unmatched_advisors_visit_is_surveyed_then_matched()
            throws IOException {
        var store = storeWithAdvisorLiMing();
        var file = "dms-gbk-title-line-chinese-words.csv";
        var table = ImportFiles.read(file, bytes(file), null);
        signedIn.run(
                store.managerEmail(),
                () -> imports.importRows(
                        store.store().id(),
                        table,
                        imports.mappingFor(store.store().id(), table.headers())));

        // RO-G02 has a mobile only: no survey mail, on the revisit desk's call list at once
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() ->
                        signedIn
                                .as(
                                        store.csManagerEmail(),
                                        () -> revisitDesk.callList(store.store().id()))
                                .stream()
                                .anyMatch(call -> call.roNumber().equals("RO-G02")));
        assertThat(invitationState(store, "RO-G02")).isEqualTo("SKIPPED");
        // delivered an hour ago: the owner with a mobile only is called today, the one with e-mail waits for the answer
        var anHourAgo = java.time.Instant.now().minus(Duration.ofHours(1));
        Api.postVisit(baseUrl(), store.apiKey(), Api.visitJson("RO-NOW-1", "", "李明", "zh-CN", anHourAgo), "zh-CN");
        Api.postVisit(
                baseUrl(),
                store.apiKey(),
                Api.visitJson("RO-NOW-2", "now@example.com", "李明", "zh-CN", anHourAgo),
                "zh-CN");
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() ->
                        signedIn
                                .as(
                                        store.csManagerEmail(),
                                        () -> revisitDesk.callList(store.store().id()))
                                .stream()
                                .anyMatch(call -> call.roNumber().equals("RO-NOW-1")));
        assertThat(signedIn.as(
                        store.csManagerEmail(),
                        () -> revisitDesk.callList(store.store().id())))
                .extracting(RevisitDesk.Call::roNumber)
                .doesNotContain("RO-NOW-2");
        // RO-G03 names an advisor the store has not set up: surveyed all the same
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> invitationState(store, "RO-G03") != null);
        assertThat(invitationState(store, "RO-G03")).isNotEqualTo("SKIPPED");

        var admin = "admin-" + store.code() + "@test.local";
        TestStores.asAdmin(() -> administration.addStaff(
                "管理员 " + store.code(),
                admin,
                "secret",
                Language.ZH_CN,
                null,
                Set.of(Role.ADMIN),
                Set.of(store.store().id())));
        assertThat(signedIn.as(admin, unmatched::names))
                .filteredOn(name -> name.storeId().equals(store.store().id()))
                .extracting(UnmatchedAdvisors.Name::name, UnmatchedAdvisors.Name::visits)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("刘新人", 1L));
        var liMing = signedIn.as(admin, () -> unmatched.advisorsOf(store.store().id())).stream()
                .filter(advisor -> advisor.name().equals("李明"))
                .findFirst()
                .orElseThrow();

        assertThat(signedIn.as(admin, () -> unmatched.match(store.store().id(), "刘新人", liMing.id())))
                .isEqualTo(1);

        assertThat(advisorOf(store, "RO-G03")).isEqualTo(liMing.id());
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> liMing.id()
                        .toString()
                        .equals(jdbc.queryForObject(
                                "select r.advisor_id from report_visit r join visit v on v.id = r.visit_id where v.store_id = ?"
                                        + " and v.ro_number = 'RO-G03'",
                                String.class,
                                store.store().id())));
        assertThat(signedIn.as(admin, unmatched::names))
                .noneMatch(name -> name.storeId().equals(store.store().id()));
        // and the DMS's next visit under that name goes to 李明 at once
        var next = Api.postVisit(
                baseUrl(), store.apiKey(), Api.visitJson("RO-G99", "next@example.com", "刘新人", "zh-CN"), "zh-CN");
        assertThat(next.body().has("warnings")).as(next.body().toString()).isFalse();
        assertThat(advisorOf(store, "RO-G99")).isEqualTo(liMing.id());
    }

    private TestStore storeWithAdvisorLiMing() {
        var store = stores.create();
        TestStores.asAdmin(() -> administration.addStaff(
                "李明",
                "liming-" + store.code() + "@test.local",
                "secret",
                Language.ZH_CN,
                "LM-" + store.code(),
                Set.of(Role.ADVISOR),
                Set.of(store.store().id())));
        return store;
    }

    private static List<String> outcomes(ImportPreview preview) {
        return preview.rows().stream()
                .map(row -> row.row().line() + " " + (row.roNumber().isEmpty() ? "-" : row.roNumber()) + " "
                        + row.status() + fields(row.status() == Status.READY ? row.warnings() : row.problems()))
                .toList();
    }

    private static String fields(List<RowCheck.RowProblem> problems) {
        var fields = new TreeSet<String>();
        problems.forEach(problem -> fields.add(problem.field()));
        return fields.isEmpty() ? "" : " " + String.join(" ", fields);
    }

    private static List<String> expected(String file) throws IOException {
        var name = file.substring(0, file.lastIndexOf('.')) + ".expected";
        var lines = new ArrayList<String>();
        for (var line : new String(bytes(name), StandardCharsets.UTF_8).lines().toList()) {
            if (!line.isBlank() && !line.startsWith("#")) {
                lines.add(line.strip());
            }
        }
        return lines;
    }

    private static byte[] bytes(String name) throws IOException {
        try (var in = DmsExportFilesIT.class.getResourceAsStream("/dms/" + name)) {
            return java.util.Objects.requireNonNull(in, name).readAllBytes();
        }
    }

    private String invitationState(TestStore store, String roNumber) {
        return jdbc.query(
                "select i.state from invitation i join visit v on v.id = i.visit_id where v.store_id = ?"
                        + " and v.ro_number = ?",
                rs -> rs.next() ? rs.getString(1) : null,
                store.store().id(),
                roNumber);
    }

    private UUID advisorOf(TestStore store, String roNumber) {
        return jdbc.queryForObject(
                "select advisor_id from visit where store_id = ? and ro_number = ?",
                UUID.class,
                store.store().id(),
                roNumber);
    }
}
