package com.dealercsi.plans.internal;

import com.dealercsi.plans.PlanChange;
import com.dealercsi.shared.AggregateRoot;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One line of a plan's history: what changed, when, by whom, with what was entered, kept verbatim. */
@Entity
@Table(name = "action_plan_history")
public class PlanHistoryLine extends AggregateRoot {

    /** Lines made in one instant keep the order they were made in. */
    private int position;

    private Instant happenedAt;
    private String actor;
    private @Nullable UUID actorStaffId;
    private String action;
    private String detail;

    protected PlanHistoryLine() {
        this.happenedAt = Instant.EPOCH;
        this.actor = "";
        this.action = "";
        this.detail = "";
    }

    PlanHistoryLine(int position, Instant happenedAt, ActionPlan.Actor by, String action, String detail) {
        this.position = position;
        this.happenedAt = happenedAt;
        this.actor = by.name();
        this.actorStaffId = by.staffId();
        this.action = action;
        this.detail = detail;
    }

    public PlanChange toChange() {
        return new PlanChange(happenedAt, actor, actorStaffId, action, detail);
    }

    public String action() {
        return action;
    }
}
