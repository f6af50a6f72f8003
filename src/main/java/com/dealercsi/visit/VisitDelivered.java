package com.dealercsi.visit;

import com.dealercsi.shared.Language;
import java.time.Instant;
import java.util.UUID;

/** A car was handed back to its owner: the start of every survey. */
public record VisitDelivered(UUID visitId, UUID storeId, String email, Language language, Instant deliveredAt) {}
