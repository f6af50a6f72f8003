package com.dealercsi.recovery;

import com.dealercsi.alerting.AlertLevel;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What the case list is narrowed to; a null field does not filter. */
public record CaseFilter(
        @Nullable CaseStatus status,
        @Nullable AlertLevel level,
        boolean overdueOnly,
        @Nullable UUID ownerStaffId,
        @Nullable String advisor,
        @Nullable UUID storeId) {

    public static final CaseFilter ALL = new CaseFilter(null, null, false, null, null, null);
}
