package com.dealercsi.scoring;

import com.dealercsi.shared.Factor;
import com.dealercsi.survey.Rating;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The CSI formula of the product brief, and nothing else.
 * <ul>
 * <li>factor score = 100 × mean of the factor's answered items (100–1000); "not applicable" items are left out;</li>
 * <li>CSI = Σ wᶠ·scoreᶠ / Σ wᶠ over the factors with at least one answered item.</li>
 * </ul>
 * It follows the published J.D. Power China weights; it is not their proprietary model.
 */
public final class CsiCalculator {

    private CsiCalculator() {}

    /** Scores of the factors that have at least one answered item; others are absent. */
    public static Map<Factor, Double> factorScores(Collection<Rating> ratings) {
        var sums = new EnumMap<Factor, int[]>(Factor.class);
        for (var rating : ratings) {
            if (rating.value() != null) {
                var sumAndCount = sums.computeIfAbsent(rating.factor(), f -> new int[2]);
                sumAndCount[0] += rating.value();
                sumAndCount[1]++;
            }
        }
        var scores = new EnumMap<Factor, Double>(Factor.class);
        sums.forEach((factor, sumAndCount) -> scores.put(factor, 100.0 * sumAndCount[0] / sumAndCount[1]));
        return scores;
    }

    /** Empty when no factor has an answer: such a response has no CSI. */
    public static OptionalDouble csi(Map<Factor, Double> factorScores, Map<Factor, Integer> weights) {
        double weighted = 0;
        double weightSum = 0;
        for (var entry : factorScores.entrySet()) {
            int weight = weights.getOrDefault(entry.getKey(), 0);
            weighted += weight * entry.getValue();
            weightSum += weight;
        }
        return weightSum == 0 ? OptionalDouble.empty() : OptionalDouble.of(weighted / weightSum);
    }
}
