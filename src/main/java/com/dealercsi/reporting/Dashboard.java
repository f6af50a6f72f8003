package com.dealercsi.reporting;

import com.dealercsi.admin.StoreRef;
import com.dealercsi.alerting.AlertLevel;
import com.dealercsi.recovery.CaseFigures;
import com.dealercsi.shared.Factor;
import com.dealercsi.targets.Metric;
import com.dealercsi.targets.Track;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Every figure of a dashboard, for one period and its previous period, over the stores the user may see. */
public record Dashboard(
        DashboardFilter filter,
        List<StoreRef> stores,
        boolean ownResultsOnly,
        Figures current,
        Figures previous,
        List<TrendPoint> trend,
        List<FactorFigures> factors,
        List<AdvisorRank> advisors,
        int minResponsesForRanking,
        List<Comment> comments,
        Map<Metric, Double> targets) {

    /**
     * Where a headline figure of the period stands against the target that applies to it: the target of the
     * month the period ends in (for several stores, the mean of their targets).
     */
    public Track track(Metric metric) {
        return Track.of(metric, current.value(metric), targets.get(metric));
    }

    public @Nullable Double target(Metric metric) {
        return targets.get(metric);
    }

    /**
     * The headline figures; a figure is null when there is nothing to compute it from (no responses, no
     * invitations, no visits). Rates are percentages 0–100, NPS −100…100, CSI on the 1000-point scale.
     * {@code cases} is null in an advisor's own view: the recovery desk is not theirs (decision 0032).
     */
    public record Figures(
            long responses,
            @Nullable Double csi,
            @Nullable Double satisfactionRate,
            @Nullable Double nps,
            @Nullable Long invitationsSent,
            @Nullable Double responseRate,
            long visits,
            @Nullable Double revisitRate,
            @Nullable CaseFigures cases) {

        /** The figure a target is set for; null when there is nothing to compute it from. */
        public @Nullable Double value(Metric metric) {
            return switch (metric) {
                case CSI -> csi;
                case SATISFACTION_RATE -> satisfactionRate;
                case NPS -> nps;
                case RESPONSE_RATE -> responseRate;
                case REVISIT_RATE -> revisitRate;
                case CASES_IN_TIME -> cases == null ? null : cases.closedInTimeRate();
            };
        }
    }

    public record TrendPoint(
            LocalDate start, long responses, @Nullable Double csi, Map<Factor, Double> factors) {}

    /** A factor's score now and before, and its items weakest first (item score = 100 × mean rating). */
    public record FactorFigures(
            Factor factor, @Nullable Double score, @Nullable Double previousScore, List<ItemScore> itemsWeakestFirst) {

        /** Weak when it pulls the period's CSI down: it scores below it (the factors an action plan is offered for). */
        public boolean isWeakAgainst(@Nullable Double csi) {
            return csi != null && score != null && score < csi;
        }
    }

    public record ItemScore(String itemId, double score, long answered) {}

    /** {@code rank} is null for advisors with fewer responses than the minimum. */
    public record AdvisorRank(
            @Nullable Integer rank,
            @Nullable UUID advisorId,
            String name,
            long responses,
            @Nullable Double csi,
            long alerts) {}

    public record Comment(
            UUID responseId,
            Instant submittedAt,
            ZoneId zone,
            String storeName,
            @Nullable String advisorName,
            @Nullable Double csi,
            int overall,
            int nps,
            String text,
            @Nullable AlertLevel alertLevel) {}
}
