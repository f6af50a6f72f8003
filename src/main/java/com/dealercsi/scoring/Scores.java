package com.dealercsi.scoring;

import com.dealercsi.scoring.internal.ResponseScore;
import com.dealercsi.scoring.internal.ResponseScoreRepository;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads stored scores. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class Scores {

    private final ResponseScoreRepository scores;

    Scores(ResponseScoreRepository scores) {
        this.scores = scores;
    }

    public Optional<ScoreCard> find(UUID responseId) {
        return scores.findById(responseId).map(ResponseScore::toScoreCard);
    }

    public Map<UUID, ScoreCard> findAll(Collection<UUID> responseIds) {
        return scores.findAllById(responseIds).stream()
                .map(ResponseScore::toScoreCard)
                .collect(Collectors.toMap(ScoreCard::responseId, Function.identity()));
    }
}
