package com.dealercsi.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dealercsi.support.Api;
import com.dealercsi.support.IntegrationTest;
import com.dealercsi.support.SignedIn;
import com.dealercsi.support.TestStores;
import com.dealercsi.support.TestStores.TestStore;
import com.dealercsi.visit.fileimport.ColumnMapping;
import com.dealercsi.visit.fileimport.ImportField;
import com.dealercsi.visit.fileimport.ImportFiles;
import com.dealercsi.visit.fileimport.ImportTable;
import com.dealercsi.visit.fileimport.RowCheck;
import com.dealercsi.visit.fileimport.RowCheck.Status;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

class VisitImportIT extends IntegrationTest {

    static final Charset GBK = Charset.forName("GBK");

    @Autowired
    TestStores stores;

    @Autowired
    SignedIn signedIn;

    @Autowired
    VisitImports imports;

    @Autowired
    JdbcTemplate jdbc;

    /** A GBK export as a Chinese DMS writes it: two good rows and one of each problem. */
    static byte[] export(TestStore store) {
        var advisor = "顾问 " + store.code();
        return ("""
                委托书号,客户名称,联系电话,邮箱,车牌号,车型,服务顾问,结算日期,维修类型
                RO-A1,张伟,138 0013 8000,zhang@example.com,沪A12345,帕萨特,%1$s,2026/11/20 14:05,保养
                RO-A2,李娜,13900139000,li@example.com,京B54321,途观L,%2$s,2026-11-21 09:30,钣喷
                RO-A3,王强,13700137000,,沪C11111,朗逸,%1$s,2026-11-21 10:00,维修
                RO-A4,赵敏,13600136000,zhao@example.com,沪D22222,朗逸,%1$s,2026-13-45 10:00,维修
                RO-A5,钱进,13500135000,qian@example.com,沪E33333,朗逸,不存在的顾问,2026-11-21 11:00,维修
                RO-A1,张伟,13800138000,zhang@example.com,沪A12345,帕萨特,%1$s,2026/11/20 14:05,保养
                RO-A6,孙丽,12345,sun@example.com,沪F44444,朗逸,%1$s,2026-11-21 12:00,维修
                RO-OLD,周杰,13300133000,zhou@example.com,沪G55555,朗逸,%1$s,2026-11-21 13:00,维修
                """).formatted(advisor, store.advisorCode()).getBytes(GBK);
    }

    ImportTable table(TestStore store) {
        return ImportFiles.read("工单导出.csv", export(store), null);
    }

    ColumnMapping mapping(TestStore store, ImportTable table) {
        return signedIn.as(
                store.managerEmail(), () -> imports.mappingFor(store.store().id(), table.headers()));
    }

    @Test
    void the_preview_shows_every_rows_problem_and_warning_in_plain_words_and_stores_nothing() {
        var store = stores.create();
        Api.postVisit(
                baseUrl(),
                store.apiKey(),
                Api.visitJson("RO-OLD", "zhou@example.com", store.advisorCode(), "zh-CN"),
                "en");
        var table = table(store);

        var preview = signedIn.as(
                store.managerEmail(), () -> imports.preview(store.store().id(), table, mapping(store, table)));

        assertThat(preview.rows())
                .extracting(RowCheck::roNumber, RowCheck::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("RO-A1", Status.READY),
                        org.assertj.core.groups.Tuple.tuple("RO-A2", Status.READY),
                        org.assertj.core.groups.Tuple.tuple("RO-A3", Status.READY),
                        org.assertj.core.groups.Tuple.tuple("RO-A4", Status.REJECTED),
                        org.assertj.core.groups.Tuple.tuple("RO-A5", Status.READY),
                        org.assertj.core.groups.Tuple.tuple("RO-A1", Status.DUPLICATE),
                        org.assertj.core.groups.Tuple.tuple("RO-A6", Status.REJECTED),
                        org.assertj.core.groups.Tuple.tuple("RO-OLD", Status.ALREADY_THERE));
        // an owner with a mobile only and an advisor the store has not set up: imported, with a warning
        assertThat(warnings(preview.rows().get(2), Locale.ENGLISH))
                .isEqualTo("E-mail: None given: no survey mail; the revisit desk will call the owner.");
        assertThat(warnings(preview.rows().get(4), Locale.ENGLISH))
                .startsWith(
                        "Service advisor: \"不存在的顾问\" is not one of the store's advisors yet: the visit is surveyed");
        assertThat(words(preview.rows().get(3), Locale.ENGLISH))
                .isEqualTo(
                        "Delivered at: \"2026-13-45 10:00\" is not a date and time we can read. Write it like 2026-11-20 14:05.");
        assertThat(words(preview.rows().get(5), Locale.ENGLISH))
                .isEqualTo("RO number: RO number RO-A1 is already in row 2 of this file.");
        assertThat(words(preview.rows().get(6), Locale.ENGLISH))
                .isEqualTo(
                        "Mobile: This is not a valid mobile number. Write the 11 digits, like 138 0013 8000, or +86 and the number.");
        assertThat(words(preview.rows().get(3), Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("交车时间：无法识别日期时间“2026-13-45 10:00”。请写成 2026-11-20 14:05 这样的格式。");
        assertThat(visitsOf(store)).isEqualTo(1);
    }

    @Test
    void every_problem_of_a_row_is_shown_at_once() {
        var store = stores.create();
        var csv = """
                工单号,车主姓名,手机,邮箱,车牌号,车型,服务顾问,交车时间,服务类型
                RO-ALL,张伟,12ab,zhang@example,沪A12345,帕萨特,谁也不是,昨天下午,洗车
                """.getBytes(StandardCharsets.UTF_8);
        var table = ImportFiles.read("all.csv", csv, null);

        var row = signedIn.as(
                        store.managerEmail(),
                        () -> imports.preview(store.store().id(), table, mapping(store, table)))
                .rows()
                .getFirst();

        assertThat(row.status()).isEqualTo(Status.REJECTED);
        assertThat(row.problems())
                .extracting(RowCheck.RowProblem::field)
                .containsExactlyInAnyOrder("deliveredAt", "serviceType", "email", "phone");
        assertThat(row.warnings()).extracting(RowCheck.RowProblem::field).containsExactly("advisor");
    }

    @Test
    void importing_stores_the_good_rows_once_and_importing_the_same_file_again_creates_nothing_twice() {
        var store = stores.create();
        var table = table(store);

        var first = signedIn.as(
                store.managerEmail(), () -> imports.importRows(store.store().id(), table, mapping(store, table)));
        awaitInvitations(store, 5);
        var publications = deliveredPublications(store);
        var again = signedIn.as(
                store.csManagerEmail(), () -> imports.importRows(store.store().id(), table, mapping(store, table)));

        // RO-A1, RO-A2, RO-A3 (mobile only), RO-A5 (advisor not matched), RO-OLD (not there in this store)
        assertThat(first.imported()).isEqualTo(5);
        assertThat(first.rejected()).isEqualTo(2);
        assertThat(again.imported()).isZero();
        assertThat(again.alreadyThere()).isEqualTo(5);
        assertThat(again.rejected()).isEqualTo(2);
        assertThat(visitsOf(store)).isEqualTo(5);
        assertThat(publications).isEqualTo(5L * 3); // one per visit for each of the three listeners
        assertThat(jdbc.queryForObject(
                        "select count(*) from visit where store_id = ? and announced_at is null",
                        Integer.class,
                        store.store().id()))
                .isZero();
        Awaitility.await()
                .during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(5))
                .until(() -> invitationsOf(store) == 5 && deliveredPublications(store) == publications);
        var row = jdbc.queryForMap(
                "select owner_name, phone, plate, service_type, delivered_at from visit "
                        + "where store_id = ? and ro_number = 'RO-A1'",
                store.store().id());
        assertThat(row)
                .containsEntry("owner_name", "张伟")
                .containsEntry("phone", "+8613800138000")
                .containsEntry("plate", "沪A12345")
                .containsEntry("service_type", "MAINTENANCE");
        assertThat(row.get("delivered_at").toString()).startsWith("2026-11-20 06:05"); // 14:05 in Shanghai, UTC
        assertThat(jdbc.queryForObject(
                        "select state from invitation i join visit v on v.id = i.visit_id"
                                + " where v.store_id = ? and v.ro_number = 'RO-A3'",
                        String.class,
                        store.store().id()))
                .isEqualTo("SKIPPED");
        assertThat(jdbc.queryForMap(
                        "select advisor_id, advisor_name from visit where store_id = ? and ro_number = 'RO-A5'",
                        store.store().id()))
                .containsEntry("advisor_id", null)
                .containsEntry("advisor_name", "不存在的顾问");
    }

    @Test
    void the_rejected_rows_come_back_as_a_utf8_csv_with_their_problem_and_import_once_fixed() {
        var store = stores.create();
        var table = table(store);
        var result = signedIn.as(
                store.managerEmail(), () -> imports.importRows(store.store().id(), table, mapping(store, table)));

        var file = signedIn.as(
                store.managerEmail(), () -> imports.rejectedRowsFile(table, result.rows(), Locale.SIMPLIFIED_CHINESE));

        assertThat(Arrays.copyOf(file, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        var back = ImportFiles.read("待修改.csv", file, null);
        assertThat(back.headers()).endsWith("维修类型", "问题");
        assertThat(back.rows()).extracting(r -> r.cell(0)).containsExactly("RO-A4", "RO-A6");
        assertThat(back.rows().getFirst().cell(9))
                .isEqualTo("交车时间：无法识别日期时间“2026-13-45 10:00”。请写成 2026-11-20 14:05 这样的格式。");

        // fixed in "Excel": a real date for RO-A4; RO-A6 is left as it was
        var fixed = new String(file, StandardCharsets.UTF_8)
                .replace("2026-13-45 10:00", "2026-11-21 10:00")
                .getBytes(StandardCharsets.UTF_8);
        var fixedTable = ImportFiles.read("待修改.csv", fixed, null);
        var again = signedIn.as(
                store.managerEmail(),
                () -> imports.importRows(store.store().id(), fixedTable, mapping(store, fixedTable)));

        assertThat(again.imported()).isEqualTo(1);
        assertThat(again.rejected()).isEqualTo(1);
        assertThat(visitsOf(store)).isEqualTo(6);
    }

    @Test
    void the_column_mapping_is_remembered_for_the_store_and_only_for_it() {
        var store = stores.create();
        var other = stores.create();
        var csv = """
                A,B,C,D,E,F,G,H
                RO-M1,张伟,13800138000,m1@example.com,沪A12345,帕萨特,%s,2026-11-20 14:05
                """.formatted(store.advisorCode()).getBytes(StandardCharsets.UTF_8);
        var table = ImportFiles.read("plain.csv", csv, null);
        var chosen = new ColumnMapping(
                Map.of(
                        ImportField.RO_NUMBER,
                        "A",
                        ImportField.OWNER_NAME,
                        "B",
                        ImportField.PHONE,
                        "C",
                        ImportField.EMAIL,
                        "D",
                        ImportField.PLATE,
                        "E",
                        ImportField.MODEL,
                        "F",
                        ImportField.ADVISOR,
                        "G",
                        ImportField.DELIVERED_AT,
                        "H"),
                ServiceType.REPAIR,
                com.dealercsi.shared.Language.EN);
        assertThat(mapping(store, table).columns()).isEmpty();

        var result = signedIn.as(
                store.managerEmail(), () -> imports.importRows(store.store().id(), table, chosen));

        assertThat(result.imported()).isEqualTo(1);
        assertThat(mapping(store, table)).isEqualTo(chosen);
        assertThat(signedIn.as(
                        store.managerEmail(),
                        () -> imports.remembersMapping(store.store().id())))
                .isTrue();
        assertThat(mapping(other, table).columns()).isEmpty();
        assertThat(jdbc.queryForObject(
                        "select service_type from visit where store_id = ?",
                        String.class,
                        store.store().id()))
                .isEqualTo("REPAIR");
    }

    @Test
    void an_excel_export_with_date_and_number_cells_imports_like_a_csv() throws Exception {
        var store = stores.create();
        byte[] bytes;
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
                var out = new java.io.ByteArrayOutputStream()) {
            var sheet = workbook.createSheet();
            var headers = new String[] {"工单号", "车主姓名", "手机", "邮箱", "车牌号", "车型", "服务顾问", "交车时间", "语言"};
            var header = sheet.createRow(0);
            for (int c = 0; c < headers.length; c++) {
                header.createCell(c).setCellValue(headers[c]);
            }
            var row = sheet.createRow(1);
            row.createCell(0).setCellValue("RO-X1");
            row.createCell(1).setCellValue("Anna Li");
            row.createCell(2).setCellValue(13800138000d); // Excel keeps phone numbers as numbers
            row.createCell(3).setCellValue("anna@example.com");
            row.createCell(4).setCellValue("沪A12345");
            row.createCell(5).setCellValue("途观L");
            row.createCell(6).setCellValue(store.advisorCode());
            var date = row.createCell(7);
            date.setCellValue(java.time.LocalDateTime.of(2026, 11, 20, 14, 5));
            var style = workbook.createCellStyle();
            style.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
            date.setCellStyle(style);
            row.createCell(8).setCellValue("English");
            workbook.write(out);
            bytes = out.toByteArray();
        }
        var table = ImportFiles.read("export.xlsx", bytes, null);

        var result = signedIn.as(
                store.managerEmail(), () -> imports.importRows(store.store().id(), table, mapping(store, table)));

        assertThat(result.imported()).isEqualTo(1);
        var stored = jdbc.queryForMap(
                "select phone, language, delivered_at from visit where store_id = ?",
                store.store().id());
        assertThat(stored).containsEntry("phone", "+8613800138000").containsEntry("language", "EN");
        assertThat(stored.get("delivered_at").toString()).startsWith("2026-11-20 06:05");
    }

    @Test
    void only_staff_who_may_register_visits_import_and_only_into_their_own_stores() {
        var store = stores.create();
        var other = stores.create();
        var table = table(store);
        var mapping = ColumnMapping.suggest(table.headers());

        assertThatThrownBy(() -> signedIn.as(
                        "advisor-" + store.code() + "@test.local",
                        () -> imports.preview(store.store().id(), table, mapping)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn.as(
                        other.managerEmail(),
                        () -> imports.importRows(store.store().id(), table, mapping)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn.as(
                        other.managerEmail(),
                        () -> imports.mappingFor(store.store().id(), table.headers())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(visitsOf(store)).isZero();
    }

    private String words(RowCheck row, Locale locale) {
        return String.join(
                "; ",
                row.problems().stream().map(p -> imports.describe(p, locale)).toList());
    }

    private String warnings(RowCheck row, Locale locale) {
        return String.join(
                "; ",
                row.warnings().stream().map(p -> imports.describe(p, locale)).toList());
    }

    private int visitsOf(TestStore store) {
        return jdbc.queryForObject(
                "select count(*) from visit where store_id = ?",
                Integer.class,
                store.store().id());
    }

    private int invitationsOf(TestStore store) {
        return jdbc.queryForObject(
                "select count(*) from invitation where store_id = ?",
                Integer.class,
                store.store().id());
    }

    private long deliveredPublications(TestStore store) {
        return jdbc.queryForObject(
                "select count(*) from event_publication where event_type like '%VisitDelivered' "
                        + "and serialized_event like ?",
                Long.class, "%" + store.store().id() + "%");
    }

    private void awaitInvitations(TestStore store, int expected) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> invitationsOf(store) == expected);
    }
}
