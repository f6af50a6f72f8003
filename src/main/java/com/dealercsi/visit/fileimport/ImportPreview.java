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

    public List<RowCheck> rejected() {
        return rows.stream().filter(row -> row.status() == RowCheck.Status.REJECTED).toList();
    }
}
