package com.dealercsi.visit;

import com.dealercsi.visit.VisitRejected.FieldProblem;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of one row of a batch: stored, already there, or rejected with its problems.
 *
 * @param index the row's position in the batch, from 0
 */
public record BatchRowResult(
        int index, Outcome outcome, @Nullable UUID visitId, List<FieldProblem> problems, List<FieldProblem> warnings) {

    public enum Outcome {
        CREATED,
        EXISTING,
        REJECTED
    }

    public static BatchRowResult of(int index, VisitRegistration registration) {
        return new BatchRowResult(
                index,
                registration.created() ? Outcome.CREATED : Outcome.EXISTING,
                registration.visitId(),
                List.of(),
                registration.warnings());
    }

    public static BatchRowResult rejected(int index, List<FieldProblem> problems) {
        return new BatchRowResult(index, Outcome.REJECTED, null, List.copyOf(problems), List.of());
    }
}
