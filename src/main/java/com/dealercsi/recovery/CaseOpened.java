package com.dealercsi.recovery;

import com.dealercsi.alerting.AlertLevel;
import java.util.UUID;

/** A red or amber alert became a recovery case. */
public record CaseOpened(UUID caseId, UUID alertId, UUID responseId, UUID storeId, AlertLevel level) {}
