package com.dealercsi.reporting.internal;

import com.dealercsi.reporting.Dashboard;
import com.dealercsi.reporting.DashboardFilter;
import com.dealercsi.reporting.Dashboards;
import com.dealercsi.reporting.Granularity;
import com.dealercsi.shared.digest.DigestBlock;
import com.dealercsi.shared.digest.DigestLine;
import com.dealercsi.shared.digest.DigestReader;
import com.dealercsi.shared.digest.DigestSection;
import com.dealercsi.targets.Metric;
import com.dealercsi.targets.Track;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The digest's first section: each headline figure of the reader's stores for the week just ended and for the
 * month to date, against the target of that month, with the words "on track" or "off track" (ADR 0056's mark,
 * without its colour). The track is judged on the month to date, as targets are set per month; the week shows
 * where it is heading. A reader with several stores also gets one line per store, those with the most figures off
 * track first. Computed by the dashboard itself ({@link Dashboards}), run on behalf of the reader, so the figures
 * are the ones their dashboard shows.
 */
@Component
class FiguresDigestSection implements DigestSection {

    static final int POSITION = 10;
    static final int STORES_LISTED = 10;

    private final Dashboards dashboards;
    private final MessageSource messages;

    FiguresDigestSection(Dashboards dashboards, MessageSource messages) {
        this.dashboards = dashboards;
        this.messages = messages;
    }

    @Override
    public int position() {
        return POSITION;
    }

    @Override
    public Optional<DigestBlock> forReader(DigestReader reader) {
        var lastDay = reader.monday().plusDays(6);
        var week = dashboards.dashboard(
                new DashboardFilter(reader.monday(), lastDay, reader.storeIds(), Granularity.WEEK, null));
        var monthToDate = dashboards.dashboard(
                new DashboardFilter(lastDay.withDayOfMonth(1), lastDay, reader.storeIds(), Granularity.WEEK, null));
        var lines = new ArrayList<DigestLine>();
        for (var metric : Metric.values()) {
            line(reader, metric, week, monthToDate).ifPresent(lines::add);
        }
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        if (monthToDate.stores().size() > 1) {
            lines.addAll(storeLines(reader, lastDay, monthToDate));
        }
        return Optional.of(new DigestBlock(text(reader, "digest.figures.heading"), lines));
    }

    private Optional<DigestLine> line(DigestReader reader, Metric metric, Dashboard week, Dashboard monthToDate) {
        var weekValue = week.current().value(metric);
        var monthValue = monthToDate.current().value(metric);
        var target = monthToDate.target(metric);
        if (weekValue == null && monthValue == null && target == null) {
            return Optional.empty();
        }
        var name = text(reader, metric.messageKey());
        if (target == null) {
            return Optional.of(new DigestLine(
                    text(
                            reader,
                            "digest.figures.lineNoTarget",
                            name,
                            shown(reader, metric, weekValue),
                            shown(reader, metric, monthValue)),
                    "/dashboard"));
        }
        var track = monthToDate.track(metric);
        return Optional.of(new DigestLine(
                text(
                        reader,
                        "digest.figures.line",
                        name,
                        shown(reader, metric, weekValue),
                        shown(reader, metric, monthValue),
                        metric.format(target),
                        track.icon(),
                        text(reader, track.messageKey())),
                "/dashboard"));
    }

    /** One line per store: how many of its figures with a target are on track this month. */
    private List<DigestLine> storeLines(DigestReader reader, java.time.LocalDate lastDay, Dashboard together) {
        record StoreCount(String name, long onTrack, long withTarget) {}
        var counts = new ArrayList<StoreCount>();
        for (var store : together.stores()) {
            var single = dashboards.dashboard(new DashboardFilter(
                    lastDay.withDayOfMonth(1), lastDay, Set.of(store.id()), Granularity.WEEK, null));
            long withTarget = 0;
            long onTrack = 0;
            for (var metric : Metric.values()) {
                if (single.target(metric) != null) {
                    withTarget++;
                    if (single.track(metric) == Track.ON_TRACK) {
                        onTrack++;
                    }
                }
            }
            if (withTarget > 0) {
                counts.add(new StoreCount(store.name(), onTrack, withTarget));
            }
        }
        return counts.stream()
                .sorted(Comparator.comparingLong((StoreCount count) -> count.withTarget() - count.onTrack())
                        .reversed()
                        .thenComparing(StoreCount::name))
                .limit(STORES_LISTED)
                .map(count -> new DigestLine(
                        text(reader, "digest.figures.store", count.name(), count.onTrack(), count.withTarget()),
                        "/dashboard"))
                .toList();
    }

    private String shown(DigestReader reader, Metric metric, @Nullable Double value) {
        return value == null ? text(reader, "digest.figures.none") : metric.format(value);
    }

    private String text(DigestReader reader, String key, Object... arguments) {
        return messages.getMessage(key, arguments, reader.locale());
    }
}
