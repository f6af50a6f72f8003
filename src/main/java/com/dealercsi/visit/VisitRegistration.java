package com.dealercsi.visit;

import com.dealercsi.visit.VisitRejected.FieldProblem;
import java.util.List;
import java.util.UUID;

/**
 * The outcome of bringing a visit in: its id, whether this call created it or found it already there, and what
 * was stored but should be looked at (no e-mail, an advisor not matched).
 */
public record VisitRegistration(UUID visitId, boolean created, List<FieldProblem> warnings) {

    public VisitRegistration {
        warnings = List.copyOf(warnings);
    }

    public VisitRegistration(UUID visitId, boolean created) {
        this(visitId, created, List.of());
    }
}
