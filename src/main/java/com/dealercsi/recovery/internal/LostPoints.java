package com.dealercsi.recovery.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Where a period's lost points went (ADR 0058): a case loses 1000 − the CSI of the answer that opened it, split
 * evenly among the causes it was closed with; a cause's share is its lost points over all lost points of the
 * period and stores. A case whose answer has no CSI (no rated item) counts as a case but loses nothing.
 */
public final class LostPoints {

    public static final double FULL_MARKS = 1000;

    private LostPoints() {}

    /** One closed case as the report sees it. */
    public record ClosedCase(@Nullable Double csi, Set<UUID> causeIds) {}

    /** Lost points by cause. */
    public static Map<UUID, Double> byCause(Collection<ClosedCase> cases) {
        var lost = new HashMap<UUID, Double>();
        for (var closed : cases) {
            if (closed.csi() == null || closed.causeIds().isEmpty()) {
                continue;
            }
            double each =
                    Math.max(0, FULL_MARKS - closed.csi()) / closed.causeIds().size();
            closed.causeIds().forEach(cause -> lost.merge(cause, each, Double::sum));
        }
        return lost;
    }

    /** Each cause's share of all lost points, 0–1; empty when nothing was lost. */
    public static Map<UUID, Double> shares(Map<UUID, Double> lostByCause) {
        double total =
                lostByCause.values().stream().mapToDouble(Double::doubleValue).sum();
        var shares = new HashMap<UUID, Double>();
        if (total > 0) {
            lostByCause.forEach((cause, lost) -> shares.put(cause, lost / total));
        }
        return shares;
    }
}
