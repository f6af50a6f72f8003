package com.dealercsi.visit;

import java.util.UUID;

/** A visit that named an advisor the store did not know now counts for one of its advisors. */
public record VisitAdvisorMatched(UUID visitId, UUID storeId, UUID advisorId, String advisorName) {}
