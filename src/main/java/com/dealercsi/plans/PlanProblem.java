package com.dealercsi.plans;

/**
 * Why a plan or a change to it was refused: a key of the plans bundle and the field it is about ({@code problem},
 * {@code measures}, {@code owner}, {@code due}, {@code note}, {@code subject}), so a form can say it there.
 */
public record PlanProblem(String field, String messageKey) {}
