package com.dealercsi.reporting.internal;

import com.dealercsi.shared.SpreadsheetText;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * Writes a table as CSV (UTF-8 with a byte-order mark, so Excel reads Chinese correctly) or as a streaming XLSX
 * sheet; shared by every export so that both formats behave the same everywhere. Rows are pushed by a producer,
 * so no export holds all its rows in memory.
 */
public final class TableExport {

    /** A producer of rows: calls the sink once per row, values in header order. */
    @FunctionalInterface
    public interface Rows {
        void produce(Consumer<List<@Nullable Object>> sink);
    }

    private TableExport() {}

    public static void csv(List<String> header, Rows rows, OutputStream out) {
        try {
            var writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            writer.write('\uFEFF');
            writeCsvLine(writer, header);
            rows.produce(row -> {
                try {
                    writeCsvLine(writer, row.stream().map(TableExport::cell).toList());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Numbers become numeric cells, everything else text; null leaves the cell empty. */
    public static void xlsx(String sheetName, List<String> header, Rows rows, OutputStream out) {
        // streaming workbook: only a window of rows stays in memory, however many rows there are
        try (var workbook = new SXSSFWorkbook(200)) {
            var sheet = workbook.createSheet(sheetName);
            var titles = sheet.createRow(0);
            for (int i = 0; i < header.size(); i++) {
                titles.createCell(i).setCellValue(header.get(i));
            }
            int[] next = {1};
            rows.produce(values -> {
                var row = sheet.createRow(next[0]++);
                for (int i = 0; i < values.size(); i++) {
                    var value = values.get(i);
                    if (value instanceof Number number) {
                        row.createCell(i).setCellValue(number.doubleValue());
                    } else if (value != null) {
                        row.createCell(i).setCellValue(SpreadsheetText.guarded(value.toString()));
                    }
                }
            });
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every text cell is guarded here, whichever column it is in: owners', staff's and the DMS's words must not
     * run as spreadsheet formulas when the file is opened (CSV injection).
     */
    private static String cell(@Nullable Object value) {
        if (value == null) {
            return "";
        }
        var text = value.toString();
        return value instanceof Number ? text : java.util.Objects.requireNonNull(SpreadsheetText.guarded(text));
    }

    private static void writeCsvLine(BufferedWriter writer, List<String> values) throws IOException {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                writer.write(',');
            }
            var value = values.get(i);
            if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
                writer.write('"' + value.replace("\"", "\"\"") + '"');
            } else {
                writer.write(value);
            }
        }
        writer.write("\r\n");
    }
}
