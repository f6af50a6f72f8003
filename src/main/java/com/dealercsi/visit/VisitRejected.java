package com.dealercsi.visit;

import java.util.List;

/**
 * A visit that breaks a rule. Each problem names its field and a message key, which the API and the form
 * resolve in their user's language.
 */
public class VisitRejected extends RuntimeException {

    private final List<FieldProblem> problems;

    public VisitRejected(List<FieldProblem> problems) {
        super(problems.toString());
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    public record FieldProblem(String field, String messageKey) {}
}
