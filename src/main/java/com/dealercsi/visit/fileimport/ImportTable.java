package com.dealercsi.visit.fileimport;

import java.nio.charset.Charset;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A DMS export as read: its header row and its data rows as text, each with the row number people see in
 * Excel (the header is row 1).
 *
 * @param encoding the text encoding a CSV was read with; {@code null} for a spreadsheet
 */
public record ImportTable(
        String fileName, Format format, @Nullable Charset encoding, List<String> headers, List<Row> rows) {

    public enum Format {
        CSV,
        XLSX,
        XLS
    }

    public record Row(int line, List<String> cells) {

        /** The cell of a column, blank when the row is shorter. */
        public String cell(int column) {
            return column >= 0 && column < cells.size() ? cells.get(column) : "";
        }
    }

    public int columnOf(@Nullable String header) {
        return header == null ? -1 : headers.indexOf(header);
    }
}
