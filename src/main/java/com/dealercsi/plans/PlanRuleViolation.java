package com.dealercsi.plans;

import java.util.List;

/** A plan or a change its rules do not allow, with every reason at once so a form can mark each field. */
public class PlanRuleViolation extends RuntimeException {

    private final List<PlanProblem> problems;

    public PlanRuleViolation(List<PlanProblem> problems) {
        super(problems.stream().map(PlanProblem::messageKey).toList().toString());
        this.problems = List.copyOf(problems);
    }

    public PlanRuleViolation(String field, String messageKey) {
        this(List.of(new PlanProblem(field, messageKey)));
    }

    public List<PlanProblem> problems() {
        return problems;
    }
}
