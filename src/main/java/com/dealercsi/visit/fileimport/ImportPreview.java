package com.dealercsi.visit.fileimport;

import java.util.List;

/** Every row of a file with what would happen to it, before anything is stored. */
public record ImportPreview(List<RowCheck> rows) {

    public ImportPreview {
        rows = List.copyOf(rows);
    }

    public long count(RowCheck.Status status) {
        return rows.stream().filter(row -> row.status() == status).count();
    }

    /** Rows that will be stored but carry a warning (no e-mail, an advisor not matched). */
    public long readyWithWarnings() {
        return rows.stream()
                .filter(row ->
                        row.status() == RowCheck.Status.READY && !row.warnings().isEmpty())
                .count();
    }

    /** The rows a person should read before importing ({@link RowCheck#needsALook}). */
    public List<RowCheck> needingALook() {
        return rows.stream().filter(RowCheck::needsALook).toList();
    }

    public List<RowCheck> rejected() {
        return rows.stream()
                .filter(row -> row.status() == RowCheck.Status.REJECTED)
                .toList();
    }
}
