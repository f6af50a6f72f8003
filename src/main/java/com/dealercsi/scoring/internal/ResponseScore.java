package com.dealercsi.scoring.internal;

import com.dealercsi.scoring.ScoreCard;
import com.dealercsi.shared.Factor;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The scores of one response, one column per factor so reports can aggregate them in SQL. */
@Entity
@Table(name = "response_score")
public class ResponseScore {

    @Id
    private UUID responseId;

    private UUID storeId;
    private @Nullable Double csi;
    private @Nullable Double serviceInitiation;
    private @Nullable Double serviceAdvisor;
    private @Nullable Double serviceQuality;
    private @Nullable Double serviceFacility;
    private @Nullable Double vehiclePickup;
    private Instant submittedAt;

    protected ResponseScore() {
        this.responseId = new UUID(0, 0);
        this.storeId = new UUID(0, 0);
        this.submittedAt = Instant.EPOCH;
    }

    public ResponseScore(
            UUID responseId,
            UUID storeId,
            @Nullable Double csi,
            Map<Factor, Double> factorScores,
            Instant submittedAt) {
        this.responseId = responseId;
        this.storeId = storeId;
        this.csi = csi;
        this.serviceInitiation = factorScores.get(Factor.SERVICE_INITIATION);
        this.serviceAdvisor = factorScores.get(Factor.SERVICE_ADVISOR);
        this.serviceQuality = factorScores.get(Factor.SERVICE_QUALITY);
        this.serviceFacility = factorScores.get(Factor.SERVICE_FACILITY);
        this.vehiclePickup = factorScores.get(Factor.VEHICLE_PICKUP);
        this.submittedAt = submittedAt;
    }

    public ScoreCard toScoreCard() {
        var scores = new EnumMap<Factor, Double>(Factor.class);
        putIfPresent(scores, Factor.SERVICE_INITIATION, serviceInitiation);
        putIfPresent(scores, Factor.SERVICE_ADVISOR, serviceAdvisor);
        putIfPresent(scores, Factor.SERVICE_QUALITY, serviceQuality);
        putIfPresent(scores, Factor.SERVICE_FACILITY, serviceFacility);
        putIfPresent(scores, Factor.VEHICLE_PICKUP, vehiclePickup);
        return new ScoreCard(responseId, csi, scores);
    }

    private static void putIfPresent(Map<Factor, Double> scores, Factor factor, @Nullable Double score) {
        if (score != null) {
            scores.put(factor, score);
        }
    }
}
