package com.dealercsi.recovery;

import com.dealercsi.admin.StoreRef;
import com.dealercsi.alerting.FiredRule;
import com.dealercsi.visit.VisitSummary;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A case in full, for its detail page; the owner's contacts come masked ({@link VisitSummary#masked()}).
 *
 * @param unsuccessfulAttempts as the case counts them towards closing as unreachable
 */
public record CaseDetails(
        CaseRow row,
        UUID responseId,
        StoreRef store,
        VisitSummary visit,
        List<FiredRule> rules,
        @Nullable UUID ownerStaffId,
        Instant acknowledgeDue,
        Instant firstContactDue,
        @Nullable Instant acknowledgedAt,
        @Nullable Instant firstContactAt,
        @Nullable Instant closedAt,
        @Nullable FollowUpOutcome outcome,
        List<Step> steps,
        Set<RecoveryStep> missingSteps,
        List<Attempt> attempts,
        long unsuccessfulAttempts,
        List<AuditLine> audit,
        Set<CaseAction> allowedActions,
        @Nullable FollowUpSurvey followUp,
        List<Cause> causes) {

    public record Step(
            RecoveryStep step,
            String note,
            @Nullable String newRoNumber,
            @Nullable String atonementWhat,
            @Nullable BigDecimal atonementValueCny,
            Instant doneAt,
            String doneBy) {}

    public record Attempt(Instant at, ContactChannel channel, ContactResult result, String note, String by) {}

    public record AuditLine(Instant at, String actor, String action, String detail) {}

    public @Nullable Step step(RecoveryStep step) {
        return steps.stream().filter(s -> s.step() == step).findFirst().orElse(null);
    }
}
