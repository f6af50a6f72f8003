package com.dealercsi.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class TableExportTest {

    static final List<String> HEADER = List.of("RO", "owner", "score", "phone");
    static final TableExport.Rows HOSTILE = sink ->
            sink.accept(Arrays.asList("=HYPERLINK(\"http://x\",\"RO\")", "@SUM(1+1)", 900L, "+86 138 0013 8000"));

    @Test
    void a_formula_in_any_text_column_is_written_as_text_in_csv() {
        var out = new ByteArrayOutputStream();

        TableExport.csv(HEADER, HOSTILE, out);

        var lines = out.toString(StandardCharsets.UTF_8).substring(1).split("\r\n");
        assertThat(lines[1]).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\",\"\"RO\"\")\",'@SUM(1+1),900,+86 138 0013 8000");
    }

    @Test
    void a_formula_in_any_text_column_is_written_as_text_in_xlsx() throws Exception {
        var out = new ByteArrayOutputStream();

        TableExport.xlsx("sheet", HEADER, HOSTILE, out);

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var row = workbook.getSheetAt(0).getRow(1);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("'=HYPERLINK(\"http://x\",\"RO\")");
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo("'@SUM(1+1)");
            assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(900.0);
            assertThat(row.getCell(3).getStringCellValue()).isEqualTo("+86 138 0013 8000");
        }
    }
}
