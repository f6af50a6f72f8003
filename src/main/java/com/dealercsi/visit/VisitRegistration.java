package com.dealercsi.visit;

import java.util.UUID;

/** The outcome of bringing a visit in: its id, and whether this call created it or found it already there. */
public record VisitRegistration(UUID visitId, boolean created) {
}
