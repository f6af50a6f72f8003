package com.dealercsi.visit.fileimport;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealercsi.visit.fileimport.RowCheck.RowProblem;
import com.dealercsi.visit.fileimport.RowCheck.Status;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImportPreviewTest {

    private static final RowProblem NO_EMAIL = new RowProblem("email", "import.warning.noEmail", List.of());
    private static final RowProblem NO_PLATE = new RowProblem("plate", "rule.plate.required", List.of());

    @Test
    void rows_to_read_before_importing_are_the_rejected_the_repeated_and_the_warned() {
        var clean = row(1, Status.READY, List.of(), List.of());
        var warned = row(2, Status.READY, List.of(), List.of(NO_EMAIL));
        var repeated = row(3, Status.DUPLICATE, List.of(), List.of());
        var rejected = row(4, Status.REJECTED, List.of(NO_PLATE), List.of(NO_EMAIL));
        var known = row(5, Status.ALREADY_THERE, List.of(), List.of(NO_EMAIL));

        var preview = new ImportPreview(List.of(clean, warned, repeated, rejected, known));

        assertThat(preview.needingALook()).containsExactly(warned, repeated, rejected);
        assertThat(preview.readyWithWarnings()).isEqualTo(1);
    }

    private static RowCheck row(int line, Status status, List<RowProblem> problems, List<RowProblem> warnings) {
        return new RowCheck(new ImportTable.Row(line, List.of()), status, problems, warnings, null);
    }
}
