package com.dealercsi.targets.internal;

import com.dealercsi.targets.Metric;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Which target applies to a store in a month, metric by metric: the store's monthly override, else the store's
 * target for the year, else the group's monthly override, else the group's target for the year, else none.
 */
public final class TargetResolution {

    private TargetResolution() {}

    public static @Nullable Double resolve(
            Collection<TargetEntry> entries, Metric metric, UUID storeId, YearMonth month) {
        Double storeYear = null;
        Double groupMonth = null;
        Double groupYear = null;
        for (var entry : entries) {
            if (entry.metric() != metric || entry.year() != month.getYear()) {
                continue;
            }
            boolean ofStore = storeId.equals(entry.storeId());
            boolean ofGroup = entry.storeId() == null;
            boolean thisMonth = Objects.equals(entry.month(), month.getMonthValue());
            boolean wholeYear = entry.month() == null;
            if (ofStore && thisMonth) {
                return entry.value();
            } else if (ofStore && wholeYear) {
                storeYear = entry.value();
            } else if (ofGroup && thisMonth) {
                groupMonth = entry.value();
            } else if (ofGroup && wholeYear) {
                groupYear = entry.value();
            }
        }
        return storeYear != null ? storeYear : groupMonth != null ? groupMonth : groupYear;
    }

    /** Every metric's target for a store in a month; metrics without one are left out. */
    public static Map<Metric, Double> resolveAll(Collection<TargetEntry> entries, UUID storeId, YearMonth month) {
        var targets = new EnumMap<Metric, Double>(Metric.class);
        for (var metric : Metric.values()) {
            var value = resolve(entries, metric, storeId, month);
            if (value != null) {
                targets.put(metric, value);
            }
        }
        return targets;
    }

    /**
     * The target of several stores shown together: the mean of the stores' targets, over the stores that have
     * one, rounded to the metric's precision. Stores without a target do not pull it down.
     */
    public static Map<Metric, Double> combine(Collection<Map<Metric, Double>> perStore) {
        var combined = new EnumMap<Metric, Double>(Metric.class);
        for (var metric : Metric.values()) {
            List<Double> values = new ArrayList<>();
            perStore.forEach(targets -> {
                var value = targets.get(metric);
                if (value != null) {
                    values.add(value);
                }
            });
            if (!values.isEmpty()) {
                double mean = values.stream().mapToDouble(Double::doubleValue).sum() / values.size();
                combined.put(metric, metric.shown(mean));
            }
        }
        return combined;
    }
}
