package com.dealercsi.visit.fileimport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.jspecify.annotations.Nullable;

/**
 * Reads DMS exports: CSV (comma, semicolon or tab separated; UTF-8 with or without BOM, UTF-16 with BOM, or
 * the GB18030 family that Chinese Excel and DMSs write) and Excel workbooks (first sheet). The first non-empty
 * row is the header.
 */
public final class ImportFiles {

    /** More rows than any store delivers in a month; a larger file is most likely the wrong one. */
    public static final int MAX_ROWS = 100_000;

    public static final Charset GB18030 = Charset.forName("GB18030");

    /** The encodings a user may choose instead of the detected one. GB18030 reads GBK and GB2312 files too. */
    public static final List<Charset> ENCODINGS =
            List.of(StandardCharsets.UTF_8, GB18030, StandardCharsets.UTF_16, Charset.forName("Big5"));

    private static final DateTimeFormatter CELL_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private ImportFiles() {}

    /**
     * @param encoding the user's choice for a CSV, or {@code null} to detect it
     * @throws ImportFileUnreadable when the file is empty, has no header or too many rows, or is no table
     */
    public static ImportTable read(String fileName, byte[] bytes, @Nullable Charset encoding) {
        if (bytes.length == 0) {
            throw new ImportFileUnreadable("import.file.empty");
        }
        if (isZip(bytes) || isOle2(bytes)) {
            return readWorkbook(fileName, bytes);
        }
        var lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".xlsx") || lower.endsWith(".xls")) {
            throw new ImportFileUnreadable("import.file.notExcel");
        }
        return readCsv(fileName, bytes, encoding == null ? detect(bytes) : encoding);
    }

    /**
     * UTF-8 when the bytes say so (a BOM, or they decode as UTF-8 without a single error, which text in a
     * GB encoding practically never does), UTF-16 with its BOM, otherwise GB18030, the superset of GBK and
     * GB2312 that Chinese Windows writes.
     */
    public static Charset detect(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return StandardCharsets.UTF_8;
        }
        if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
            return StandardCharsets.UTF_16;
        }
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException notUtf8) {
            return GB18030;
        }
    }

    private static ImportTable readCsv(String fileName, byte[] bytes, Charset encoding) {
        var text = new String(bytes, encoding);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        // blank lines stay records (and are skipped later), so a row's number is the row Excel shows
        var format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(delimiter(text))
                .setIgnoreEmptyLines(false)
                .setTrim(true)
                .get();
        var rows = new ArrayList<List<String>>();
        try (Reader reader = new java.io.StringReader(text);
                var parser = format.parse(reader)) {
            for (var record : parser) {
                if (rows.size() > MAX_ROWS) {
                    throw new ImportFileUnreadable("import.file.tooManyRows");
                }
                var cells = new ArrayList<String>(record.size());
                record.forEach(cells::add);
                rows.add(cells);
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new ImportFileUnreadable("import.file.unreadable", e);
        }
        return table(fileName, ImportTable.Format.CSV, encoding, rows, null);
    }

    /** The separator the header line uses most: comma, semicolon (European Excel) or tab. */
    private static char delimiter(String text) {
        var end = text.indexOf('\n');
        var header = end < 0 ? text : text.substring(0, end);
        char best = ',';
        long most = header.chars().filter(c -> c == ',').count();
        for (char candidate : new char[] {';', '\t'}) {
            long count = header.chars().filter(c -> c == candidate).count();
            if (count > most) {
                best = candidate;
                most = count;
            }
        }
        return best;
    }

    private static ImportTable readWorkbook(String fileName, byte[] bytes) {
        var formatter = new DataFormatter(Locale.ROOT);
        var rows = new ArrayList<List<String>>();
        var lines = new ArrayList<Integer>();
        ImportTable.Format format = isZip(bytes) ? ImportTable.Format.XLSX : ImportTable.Format.XLS;
        try (var workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new ImportFileUnreadable("import.file.empty");
            }
            var sheet = workbook.getSheetAt(0);
            var evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            for (var row : sheet) {
                if (rows.size() > MAX_ROWS) {
                    throw new ImportFileUnreadable("import.file.tooManyRows");
                }
                var cells = new ArrayList<String>();
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    cells.add(cellText(row.getCell(c), formatter, evaluator));
                }
                rows.add(cells);
                lines.add(row.getRowNum() + 1);
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ImportFileUnreadable unreadable) {
                throw unreadable;
            }
            throw new ImportFileUnreadable("import.file.notExcel", e);
        }
        return table(fileName, format, null, rows, lines);
    }

    /** Dates as ISO text in the sheet's own (local) time, everything else as Excel shows it. */
    private static String cellText(
            @Nullable Cell cell, DataFormatter formatter, org.apache.poi.ss.usermodel.FormulaEvaluator evaluator) {
        if (cell == null) {
            return "";
        }
        var type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return CELL_DATE.format(cell.getLocalDateTimeCellValue());
        }
        return formatter.formatCellValue(cell, evaluator).strip();
    }

    private static ImportTable table(
            String fileName,
            ImportTable.Format format,
            @Nullable Charset encoding,
            List<List<String>> raw,
            @Nullable List<Integer> lines) {
        int header = headerRow(raw);
        if (header == raw.size()) {
            throw new ImportFileUnreadable("import.file.noHeader");
        }
        var headers = new ArrayList<String>();
        var seen = new java.util.HashSet<String>();
        for (int c = 0; c < raw.get(header).size(); c++) {
            var name = raw.get(header).get(c).strip();
            if (name.isEmpty()) {
                name = "#" + (c + 1);
            }
            // two columns with one name would be one choice in the mapping: the second gets its position
            headers.add(seen.add(name) ? name : name + " (" + (c + 1) + ")");
        }
        var rows = new ArrayList<ImportTable.Row>();
        for (int i = header + 1; i < raw.size(); i++) {
            var cells = raw.get(i);
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            rows.add(new ImportTable.Row(lines == null ? i + 1 : lines.get(i), List.copyOf(cells)));
        }
        if (rows.size() > MAX_ROWS) {
            throw new ImportFileUnreadable("import.file.tooManyRows");
        }
        return new ImportTable(fileName, format, encoding, List.copyOf(headers), List.copyOf(rows));
    }

    /**
     * The header row: DMS exports often start with a title line ("星辰汽车 交车工单导出 2026-11") or the export's
     * filter, so it is the first of the top rows that names at least two known columns; failing that, the first
     * row that is not empty.
     */
    static int headerRow(List<List<String>> raw) {
        int firstNonEmpty = raw.size();
        for (int i = 0; i < Math.min(raw.size(), HEADER_SEARCH); i++) {
            var cells = raw.get(i);
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            firstNonEmpty = Math.min(firstNonEmpty, i);
            long known = cells.stream()
                    .map(ImportField::comparable)
                    .filter(ImportFiles::isKnownHeader)
                    .count();
            if (known >= 2) {
                return i;
            }
        }
        return firstNonEmpty;
    }

    private static final int HEADER_SEARCH = 20;

    private static boolean isKnownHeader(String comparable) {
        for (var field : ImportField.values()) {
            if (field.synonyms().contains(comparable)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isZip(byte[] bytes) {
        return startsWith(bytes, 0x50, 0x4B, 0x03, 0x04);
    }

    private static boolean isOle2(byte[] bytes) {
        return startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
