package com.dealercsi.targets.internal;

import com.dealercsi.targets.Metric;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One stored target.
 *
 * @param storeId null for the group's default
 * @param month 1–12 for a monthly override, null for the whole year
 */
public record TargetEntry(
        @Nullable UUID storeId, int year, @Nullable Integer month, Metric metric, double value) {}
