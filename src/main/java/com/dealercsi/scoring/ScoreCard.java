package com.dealercsi.scoring;

import com.dealercsi.shared.Factor;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The stored scores of one response; factors without answers are absent. */
public record ScoreCard(UUID responseId, @Nullable Double csi, Map<Factor, Double> factorScores) {}
