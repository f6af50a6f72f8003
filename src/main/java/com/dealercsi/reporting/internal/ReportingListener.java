package com.dealercsi.reporting.internal;

import com.dealercsi.alerting.AlertRaised;
import com.dealercsi.scoring.ResponseScored;
import com.dealercsi.survey.SurveyAnswered;
import com.dealercsi.visit.VisitAdvisorMatched;
import com.dealercsi.visit.VisitDelivered;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Feeds the reporting read model; each event lands in the outbox, so none is lost across restarts. The
 * listeners open no transaction of their own ({@code NOT_SUPPORTED}): the projection runs in its own, and a listener
 * holding one connection while its projection waits for a second one deadlocked the 10-connection pool when
 * many events arrived at once (found by the visit import benchmark).
 */
@Component
class ReportingListener {

    private final ReportingProjection projection;

    ReportingListener(ReportingProjection projection) {
        this.projection = projection;
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(VisitDelivered event) {
        retryingDeadlocks(() -> projection.record(event));
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(SurveyAnswered event) {
        retryingDeadlocks(() -> projection.record(event));
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(ResponseScored event) {
        retryingDeadlocks(() -> projection.record(event));
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(VisitAdvisorMatched event) {
        retryingDeadlocks(() -> projection.record(event));
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(AlertRaised event) {
        retryingDeadlocks(() -> projection.record(event));
    }

    /**
     * Two answers or visits of the same store, day and advisor rebuild the same roll-up row; InnoDB may then
     * pick one as a deadlock victim. Its own transaction (the projection runs in a new one) is simply run again.
     */
    private static void retryingDeadlocks(Runnable work) {
        for (int attempt = 1; ; attempt++) {
            try {
                work.run();
                return;
            } catch (PessimisticLockingFailureException e) {
                if (attempt == 5) {
                    throw e;
                }
                try {
                    Thread.sleep(20L * attempt + ThreadLocalRandom.current().nextInt(30));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }
}
