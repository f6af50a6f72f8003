package com.dealercsi.alerting;

import com.dealercsi.alerting.internal.Alert;
import com.dealercsi.alerting.internal.AlertRepository;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads alerts for the back office. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class Alerts {

    private final AlertRepository alerts;

    Alerts(AlertRepository alerts) {
        this.alerts = alerts;
    }

    public Map<UUID, AlertLevel> levelsOf(Collection<UUID> responseIds) {
        return alerts.findByResponseIdIn(responseIds).stream()
                .collect(Collectors.toMap(Alert::responseId, Alert::level));
    }

    public List<FiredRule> firedRules(UUID responseId) {
        return alerts.findByResponseId(responseId).map(Alert::rules).orElse(List.of());
    }

    public Optional<AlertLevel> levelOf(UUID responseId) {
        return alerts.findByResponseId(responseId).map(Alert::level);
    }
}
