package com.dealercsi.visit.fileimport;

import java.util.List;

/**
 * What an import did: rows stored, rows the store already had (nothing changed), rows rejected with their
 * problems (to be fixed and imported again).
 */
public record ImportResult(long imported, long alreadyThere, long rejected, List<RowCheck> rows) {

    public ImportResult {
        rows = List.copyOf(rows);
    }

    public List<RowCheck> rejectedRows() {
        return rows.stream()
                .filter(row -> row.status() == RowCheck.Status.REJECTED)
                .toList();
    }
}
