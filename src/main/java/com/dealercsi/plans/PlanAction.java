package com.dealercsi.plans;

/** A change the viewer may make to a plan now; the plan's page shows a button for each. */
public enum PlanAction {
    START,
    COMPLETE,
    CANCEL,
    CHANGE_DUE,
    /** Change what is wrong, the measures and the owner. */
    REVISE
}
