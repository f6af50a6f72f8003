package com.dealercsi.alerting;

import java.util.List;
import java.util.UUID;

/** An answer needs attention; red and amber ones will open a recovery case. */
public record AlertRaised(
        UUID alertId, UUID responseId, UUID visitId, UUID storeId, AlertLevel level, List<FiredRule> rules) {}
