package com.dealercsi.reporting;

import com.dealercsi.admin.StoreRef;
import com.dealercsi.alerting.AlertLevel;
import com.dealercsi.alerting.FiredRule;
import com.dealercsi.scoring.ScoreCard;
import com.dealercsi.survey.ResponseDetails;
import com.dealercsi.visit.VisitSummary;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Everything about one answer: the visit, the store, the answers, the scores and the alert. */
public record ResponseReport(
        ResponseDetails response,
        VisitSummary visit,
        StoreRef store,
        @Nullable ScoreCard scores,
        @Nullable AlertLevel alertLevel,
        List<FiredRule> firedRules) {}
