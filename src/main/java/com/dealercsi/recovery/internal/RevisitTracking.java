package com.dealercsi.recovery.internal;

import com.dealercsi.survey.SurveyAnswered;
import com.dealercsi.visit.VisitDelivered;
import com.dealercsi.visit.Visits;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Keeps the revisit desk's view of visits: one row per delivered visit, marked when its owner answers. */
@Component
class RevisitTracking {

    private final RevisitVisitRepository visits;
    private final Visits allVisits;

    RevisitTracking(RevisitVisitRepository visits, Visits allVisits) {
        this.visits = visits;
        this.allVisits = allVisits;
    }

    @ApplicationModuleListener
    void on(VisitDelivered delivered) {
        if (!visits.existsById(delivered.visitId())) {
            visits.save(new RevisitVisit(
                    delivered.visitId(),
                    delivered.storeId(),
                    delivered.deliveredAt(),
                    delivered.email() == null || delivered.email().isBlank()));
        }
    }

    /** An answer may be handled before its delivery (two listeners, no order): then the row is made here. */
    @ApplicationModuleListener
    void on(SurveyAnswered answered) {
        var visit = visits.findById(answered.visitId())
                .orElseGet(() -> allVisits
                        .find(answered.visitId())
                        .map(summary -> new RevisitVisit(summary.id(), summary.storeId(), summary.deliveredAt()))
                        .orElseThrow());
        visit.answered(answered.submittedAt());
        visits.save(visit);
    }
}
