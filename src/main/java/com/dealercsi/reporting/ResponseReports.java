package com.dealercsi.reporting;

import com.dealercsi.admin.StoreRef;
import com.dealercsi.admin.Stores;
import com.dealercsi.alerting.Alerts;
import com.dealercsi.scoring.Scores;
import com.dealercsi.security.CurrentStaff;
import com.dealercsi.survey.ResponseDetails;
import com.dealercsi.survey.Surveys;
import com.dealercsi.visit.VisitSummary;
import com.dealercsi.visit.Visits;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Answers joined with their visit, scores and alert, for the current user's stores only. The store filter is
 * applied here, in the service, not only in the menu.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class ResponseReports {

    private final Surveys surveys;
    private final Visits visits;
    private final Scores scores;
    private final Alerts alerts;
    private final Stores stores;

    ResponseReports(Surveys surveys, Visits visits, Scores scores, Alerts alerts, Stores stores) {
        this.surveys = surveys;
        this.visits = visits;
        this.scores = scores;
        this.alerts = alerts;
        this.stores = stores;
    }

    public List<ResponseRow> newest(int offset, int limit) {
        var responses = surveys.newest(visibleStoreIds(), offset, limit);
        var ids = responses.stream().map(ResponseDetails::id).toList();
        var visitsById = visits
                .findAll(responses.stream().map(ResponseDetails::visitId).toList())
                .stream()
                .collect(Collectors.toMap(VisitSummary::id, Function.identity()));
        var storesById = stores.all().stream().collect(Collectors.toMap(StoreRef::id, Function.identity()));
        var scoreCards = scores.findAll(ids);
        var levels = alerts.levelsOf(ids);
        return responses.stream()
                .map(response -> {
                    var visit = visitsById.get(response.visitId());
                    var store = storesById.get(response.storeId());
                    var card = scoreCards.get(response.id());
                    return new ResponseRow(
                            response.id(),
                            response.submittedAt(),
                            store.timeZone(),
                            store.name(),
                            visit.ownerName(),
                            visit.plate(),
                            visit.advisorName(),
                            card == null ? null : card.csi(),
                            response.overall(),
                            response.nps(),
                            levels.get(response.id()),
                            response.comment());
                })
                .toList();
    }

    public long count() {
        return surveys.count(visibleStoreIds());
    }

    public Optional<ResponseReport> report(UUID responseId) {
        return surveys.find(responseId)
                .filter(response -> visibleStoreIds().contains(response.storeId()))
                .map(response -> new ResponseReport(
                        response,
                        visits.find(response.visitId()).orElseThrow().masked(),
                        stores.get(response.storeId()),
                        scores.find(responseId).orElse(null),
                        alerts.levelOf(responseId).orElse(null),
                        alerts.firedRules(responseId)));
    }

    private Set<UUID> visibleStoreIds() {
        return CurrentStaff.visibleStoreIds(stores);
    }
}
