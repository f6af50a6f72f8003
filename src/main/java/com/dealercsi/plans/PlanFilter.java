package com.dealercsi.plans;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Which plans the list shows; null means any. */
public record PlanFilter(@Nullable UUID storeId, @Nullable PlanStatus status, boolean overdueOnly) {

    public static final PlanFilter ALL = new PlanFilter(null, null, false);
}
