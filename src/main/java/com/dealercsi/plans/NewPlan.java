package com.dealercsi.plans;

import com.dealercsi.shared.Factor;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What the new-plan form sends. Missing values are allowed here so the plan's rules can say what is missing.
 *
 * @param factor the factor picked for a cause the topic list does not know; ignored otherwise
 */
public record NewPlan(
        UUID storeId,
        SubjectKind kind,
        String code,
        @Nullable Factor factor,
        String problem,
        String measures,
        @Nullable UUID ownerStaffId,
        @Nullable LocalDate dueDate) {}
