package com.dealercsi.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealercsi.reporting.Dashboard;
import com.dealercsi.shared.database.DatabaseBackups;
import com.dealercsi.shared.privacy.OwnerText;
import com.dealercsi.shared.privacy.PersonalDataEraser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** What the privacy tests look at: a whole database dump, exports cell by cell, a dashboard without its texts. */
final class PrivacyChecks {

    private PrivacyChecks() {}

    /** A full {@code mariadb-dump} of the app's database, as the nightly backup writes it, as text. */
    static String dump(DatabaseBackups backups) throws IOException {
        var file = backups.backUp();
        try (var in = new GZIPInputStream(Files.newInputStream(file))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /**
     * The forms a value may be written in by the database, a log line or a JSON writer: as it is, and with every
     * character beyond ASCII as a JSON escape in lower- and upper-case hex.
     */
    static List<String> writtenForms(String value) {
        var forms = new ArrayList<String>();
        forms.add(value);
        if (!value.chars().allMatch(c -> c < 128)) {
            var lower = new StringBuilder();
            var upper = new StringBuilder();
            value.chars().forEach(c -> {
                lower.append(c < 128 ? String.valueOf((char) c) : String.format("\\u%04x", c));
                upper.append(c < 128 ? String.valueOf((char) c) : String.format("\\u%04X", c));
            });
            forms.add(lower.toString());
            forms.add(upper.toString());
        }
        return forms;
    }

    static void assertNoneIn(String text, String where, List<String> values) {
        for (var value : values) {
            for (var form : writtenForms(value)) {
                assertThat(text).as(where + " holds " + form).doesNotContain(form);
            }
        }
    }

    static String export(Consumer<ByteArrayOutputStream> writer) {
        var out = new ByteArrayOutputStream();
        writer.accept(out);
        return out.toString(StandardCharsets.UTF_8).replace("\uFEFF", "");
    }

    /**
     * The same rows and columns before and after, and every cell that changed held one of the owner's values and
     * now reads as the marker, is empty, or has the values replaced: the export's totals are unchanged.
     */
    static void assertOnlyPersonalCellsChanged(String before, String after, List<String> ownerValues)
            throws IOException {
        var rowsBefore = rows(before);
        var rowsAfter = rows(after);
        assertThat(rowsAfter).hasSameSizeAs(rowsBefore);
        for (int row = 0; row < rowsBefore.size(); row++) {
            var was = rowsBefore.get(row);
            var is = rowsAfter.get(row);
            assertThat(is.size()).isEqualTo(was.size());
            for (int column = 0; column < was.size(); column++) {
                var cellBefore = was.get(column);
                var cellAfter = is.get(column);
                if (!cellBefore.equals(cellAfter)) {
                    assertThat(cellAfter)
                            .as("row %d column %d: %s", row, column, cellBefore)
                            .isIn("", PersonalDataEraser.MARKER, OwnerText.scrub(cellBefore, ownerValues));
                    assertThat(ownerValues)
                            .as(
                                    "row %d column %d changed but held none of the owner's values: %s",
                                    row, column, cellBefore)
                            .anyMatch(value -> cellBefore.toLowerCase().contains(value.toLowerCase()));
                }
            }
        }
    }

    private static List<CSVRecord> rows(String csv) throws IOException {
        try (var parser = CSVFormat.DEFAULT.parse(new StringReader(csv))) {
            return parser.getRecords();
        }
    }

    /** A dashboard's figures, with the comments' texts left out (they read as the marker after erasure). */
    static Object figures(Dashboard dashboard) {
        return List.of(
                dashboard.current(),
                dashboard.previous(),
                dashboard.trend(),
                dashboard.factors(),
                dashboard.advisors(),
                dashboard.comments().stream()
                        .map(comment -> List.of(
                                comment.responseId(),
                                comment.submittedAt(),
                                String.valueOf(comment.csi()),
                                comment.overall(),
                                comment.nps(),
                                String.valueOf(comment.alertLevel())))
                        .toList());
    }
}
