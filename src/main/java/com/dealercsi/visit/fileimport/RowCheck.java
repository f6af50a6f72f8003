package com.dealercsi.visit.fileimport;

import com.dealercsi.visit.NewVisit;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One data row of the file, judged by the visit rules before anything is stored.
 *
 * @param problems every reason the row cannot be a visit, all at once
 * @param warnings what is stored but should be looked at (no e-mail, an advisor not matched)
 * @param visit the row as a visit (normalised), for every row whose cells could be read at all
 */
public record RowCheck(
        ImportTable.Row row,
        Status status,
        List<RowProblem> problems,
        List<RowProblem> warnings,
        @Nullable NewVisit visit) {

    public enum Status {
        /** Will be stored. */
        READY,
        /** The same RO number came earlier in the file: that row is the one imported. */
        DUPLICATE,
        /** The store has this RO number already: nothing is stored, nothing announced. */
        ALREADY_THERE,
        /** Breaks a rule: stays out and goes into the file of rows to fix. */
        REJECTED,
        /** Stored by the import. */
        IMPORTED;

        public String messageKey() {
            return "import.status." + name();
        }
    }

    public RowCheck {
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
    }

    public RowCheck(ImportTable.Row row, Status status, List<RowProblem> problems, @Nullable NewVisit visit) {
        this(row, status, problems, List.of(), visit);
    }

    public String roNumber() {
        return visit == null || visit.roNumber() == null ? "" : visit.roNumber();
    }

    public String ownerName() {
        return visit == null || visit.ownerName() == null ? "" : visit.ownerName();
    }

    /** Rejected, repeated, or to be stored with warnings: what a person should read before importing. */
    public boolean needsALook() {
        return status == Status.REJECTED
                || status == Status.DUPLICATE
                || (status == Status.READY && !warnings.isEmpty());
    }

    public RowCheck withStatus(Status changed) {
        return new RowCheck(row, changed, problems, warnings, visit);
    }

    /**
     * @param field the visit field ({@code roNumber} …), or empty for the row as a whole
     * @param args the values the message shows (the unreadable date, the first row of a duplicate …)
     */
    public record RowProblem(String field, String messageKey, List<String> args) {

        public RowProblem {
            args = List.copyOf(args);
        }
    }
}
