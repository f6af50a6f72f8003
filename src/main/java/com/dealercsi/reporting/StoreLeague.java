package com.dealercsi.reporting;

import com.dealercsi.admin.StoreRef;
import com.dealercsi.reporting.Dashboard.Figures;
import com.dealercsi.targets.Metric;
import com.dealercsi.targets.Track;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Every store of a month against its targets and against the month before. */
public record StoreLeague(YearMonth month, List<Row> rows) {

    public StoreLeague {
        rows = List.copyOf(rows);
    }

    /** One store: its figures this month and the month before, and the targets that apply this month. */
    public record Row(StoreRef store, Figures current, Figures previous, Map<Metric, Double> targets) {

        public Row {
            targets = Map.copyOf(targets);
        }

        public @Nullable Double value(Metric metric) {
            return current.value(metric);
        }

        public @Nullable Double previousValue(Metric metric) {
            return previous.value(metric);
        }

        public @Nullable Double target(Metric metric) {
            return targets.get(metric);
        }

        public Track track(Metric metric) {
            return Track.of(metric, value(metric), target(metric));
        }

        /** How many of the figures that have a target are on track. */
        public long onTrack() {
            return targets.keySet().stream()
                    .filter(metric -> track(metric) == Track.ON_TRACK)
                    .count();
        }
    }

    /** Best first by this figure; stores without it last, by name. */
    public List<Row> sortedBy(Metric metric) {
        Comparator<Row> byValue =
                Comparator.comparing((Row row) -> row.value(metric), Comparator.nullsLast(Comparator.reverseOrder()));
        return rows.stream()
                .sorted(byValue.thenComparing(row -> row.store().name()))
                .toList();
    }

    /** Most figures on track first, then by name. */
    public List<Row> sortedByOnTrack() {
        return rows.stream()
                .sorted(Comparator.comparingLong(Row::onTrack)
                        .reversed()
                        .thenComparing(row -> row.store().name()))
                .toList();
    }
}
