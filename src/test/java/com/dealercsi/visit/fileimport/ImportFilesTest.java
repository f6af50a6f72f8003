package com.dealercsi.visit.fileimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ImportFilesTest {

    static final Charset GBK = Charset.forName("GBK");
    static final String CHINESE_CSV = """
            工单号,车主姓名,手机,邮箱,车牌号,车型,服务顾问,交车时间
            RO-1,张伟,13800138000,zhang@example.com,沪A12345,帕萨特,王芳,2026/11/20 14:05
            RO-2,"李, 娜",139-0013-9000,li@example.com,京B54321,途观L,王芳,2026-11-21 09:30
            """;

    @Test
    void gbk_bytes_are_detected_and_read_with_their_chinese_intact() {
        var bytes = CHINESE_CSV.getBytes(GBK);
        assertThat(ImportFiles.detect(bytes)).isEqualTo(ImportFiles.GB18030);

        var table = ImportFiles.read("export.csv", bytes, null);

        assertThat(table.encoding()).isEqualTo(ImportFiles.GB18030);
        assertThat(table.headers()).containsExactly("工单号", "车主姓名", "手机", "邮箱", "车牌号", "车型", "服务顾问", "交车时间");
        assertThat(table.rows()).hasSize(2);
        assertThat(table.rows().get(1).cells()).startsWith("RO-2", "李, 娜", "139-0013-9000");
        assertThat(table.rows().get(1).line()).isEqualTo(3);
    }

    @Test
    void utf8_with_and_without_bom_is_detected_and_the_bom_is_not_part_of_the_first_header() {
        var plain = CHINESE_CSV.getBytes(StandardCharsets.UTF_8);
        var withBom = new byte[plain.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(plain, 0, withBom, 3, plain.length);

        assertThat(ImportFiles.detect(plain)).isEqualTo(StandardCharsets.UTF_8);
        assertThat(ImportFiles.read("a.csv", withBom, null).headers().getFirst())
                .isEqualTo("工单号");
        assertThat(ImportFiles.read("a.csv", plain, null).headers().getFirst()).isEqualTo("工单号");
    }

    @Test
    void the_users_choice_of_encoding_wins_over_detection() {
        var gbk = CHINESE_CSV.getBytes(GBK);

        var misread = ImportFiles.read("export.csv", gbk, StandardCharsets.UTF_8);
        var chosen = ImportFiles.read("export.csv", gbk, GBK);

        assertThat(misread.headers().getFirst()).isNotEqualTo("工单号");
        assertThat(chosen.headers().getFirst()).isEqualTo("工单号");
    }

    @Test
    void semicolons_and_tabs_separate_columns_too_and_blank_lines_are_skipped() {
        var semicolons = "RO;Owner\nRO-1;Anna\n\n;\nRO-2;Ben\n".getBytes(StandardCharsets.UTF_8);
        var tabs = "RO\tOwner\nRO-1\tAnna\n".getBytes(StandardCharsets.UTF_8);

        var table = ImportFiles.read("a.csv", semicolons, null);

        assertThat(table.headers()).containsExactly("RO", "Owner");
        assertThat(table.rows()).extracting(row -> row.cell(1)).containsExactly("Anna", "Ben");
        assertThat(table.rows()).extracting(ImportTable.Row::line).containsExactly(2, 5); // as Excel numbers them
        assertThat(ImportFiles.read("a.txt", tabs, null).rows().getFirst().cells())
                .containsExactly("RO-1", "Anna");
    }

    @Test
    void a_quoted_cell_may_hold_a_line_break_and_duplicate_headers_are_told_apart() {
        var csv = "RO,Note,Note\nRO-1,\"two\nlines\",x\n".getBytes(StandardCharsets.UTF_8);

        var table = ImportFiles.read("a.csv", csv, null);

        assertThat(table.headers()).containsExactly("RO", "Note", "Note (3)");
        assertThat(table.rows().getFirst().cell(1)).isEqualTo("two\nlines");
    }

    @Test
    void an_excel_workbook_is_read_with_date_cells_as_local_date_times() throws Exception {
        byte[] bytes;
        try (var workbook = new XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("工单");
            var header = sheet.createRow(0);
            header.createCell(0).setCellValue("工单号");
            header.createCell(1).setCellValue("手机");
            header.createCell(2).setCellValue("交车时间");
            var row = sheet.createRow(1);
            row.createCell(0).setCellValue("RO-9");
            row.createCell(1).setCellValue(13800138000d);
            var date = row.createCell(2);
            date.setCellValue(LocalDateTime.of(2026, 11, 20, 14, 5));
            var style = workbook.createCellStyle();
            style.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy/m/d h:mm"));
            date.setCellStyle(style);
            workbook.write(out);
            bytes = out.toByteArray();
        }

        var table = ImportFiles.read("export.xlsx", bytes, null);

        assertThat(table.format()).isEqualTo(ImportTable.Format.XLSX);
        assertThat(table.encoding()).isNull();
        assertThat(table.headers()).containsExactly("工单号", "手机", "交车时间");
        assertThat(table.rows().getFirst().cells()).containsExactly("RO-9", "13800138000", "2026-11-20 14:05:00");
        assertThat(table.rows().getFirst().line()).isEqualTo(2);
    }

    @Test
    void an_old_excel_97_workbook_is_read_too() throws Exception {
        byte[] bytes;
        try (var workbook = new org.apache.poi.hssf.usermodel.HSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet();
            sheet.createRow(0).createCell(0).setCellValue("工单号");
            sheet.createRow(2).createCell(0).setCellValue("RO-7"); // row 2 left empty, as DMS exports do
            workbook.write(out);
            bytes = out.toByteArray();
        }

        var table = ImportFiles.read("export.xls", bytes, null);

        assertThat(table.format()).isEqualTo(ImportTable.Format.XLS);
        assertThat(table.headers()).containsExactly("工单号");
        assertThat(table.rows()).singleElement().satisfies(row -> {
            assertThat(row.cells()).containsExactly("RO-7");
            assertThat(row.line()).isEqualTo(3);
        });
    }

    @Test
    void empty_files_files_without_a_header_and_fake_excel_files_are_refused_with_a_reason() {
        assertThatThrownBy(() -> ImportFiles.read("a.csv", new byte[0], null))
                .isInstanceOfSatisfying(
                        ImportFileUnreadable.class,
                        e -> assertThat(e.messageKey()).isEqualTo("import.file.empty"));
        assertThatThrownBy(() -> ImportFiles.read("a.csv", "\n\n".getBytes(StandardCharsets.UTF_8), null))
                .isInstanceOfSatisfying(
                        ImportFileUnreadable.class,
                        e -> assertThat(e.messageKey()).isEqualTo("import.file.noHeader"));
        assertThatThrownBy(() -> ImportFiles.read("a.xlsx", "RO\n1".getBytes(StandardCharsets.UTF_8), null))
                .isInstanceOfSatisfying(
                        ImportFileUnreadable.class,
                        e -> assertThat(e.messageKey()).isEqualTo("import.file.notExcel"));
    }

    @Test
    void mojibake_is_not_mistaken_for_utf8() {
        // GBK text that happens to contain bytes valid as UTF-8 continuation sequences still fails strict UTF-8
        var bytes = "服务顾问,交车时间\n王芳,2026-11-20".getBytes(GBK);
        assertThat(ImportFiles.detect(bytes)).isEqualTo(ImportFiles.GB18030);
        assertThat(ImportFiles.read("a.csv", bytes, null).rows().getFirst().cells())
                .isEqualTo(List.of("王芳", "2026-11-20"));
    }
}
