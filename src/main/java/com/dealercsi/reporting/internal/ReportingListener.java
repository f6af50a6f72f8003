package com.dealercsi.reporting.internal;

import com.dealercsi.alerting.AlertRaised;
import com.dealercsi.scoring.ResponseScored;
import com.dealercsi.survey.SurveyAnswered;
import com.dealercsi.visit.VisitDelivered;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Feeds the reporting read model; each event lands in the outbox, so none is lost across restarts. */
@Component
class ReportingListener {

    private final ReportingProjection projection;

    ReportingListener(ReportingProjection projection) {
        this.projection = projection;
    }

    @ApplicationModuleListener
    void on(VisitDelivered event) {
        retryingDeadlocks(() -> projection.record(event));
    }

    @ApplicationModuleListener
    void on(SurveyAnswered event) {
        retryingDeadlocks(() -> projection.record(event));
    }

    @ApplicationModuleListener
    void on(ResponseScored event) {
        retryingDeadlocks(() -> projection.record(event));
    }

    @ApplicationModuleListener
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
