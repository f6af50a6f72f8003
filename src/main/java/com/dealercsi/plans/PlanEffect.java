package com.dealercsi.plans;

/** A plan and its factor's score before and since it started: one line of the dashboard's plan panel. */
public record PlanEffect(PlanRow plan, BeforeAfter beforeAfter) {}
