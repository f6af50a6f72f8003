package com.dealercsi.visit;

import com.dealercsi.shared.database.RetryOnConflict;
import com.dealercsi.visit.internal.Visit;
import com.dealercsi.visit.internal.VisitRepository;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Announces imported visits: each gets its own {@link VisitDelivered}, exactly as a visit from the API does,
 * so every rule downstream (one invitation per visit, fatigue, opt-out, quiet hours) holds unchanged. Only the
 * pace differs: a file of 50,000 rows would otherwise put 150,000 publications into the outbox in one go and
 * start as many listener threads, which then time out waiting for database connections (the import with
 * them). The "still to announce" mark is a column of the visit, written with it, so nothing is lost across a
 * restart; an event is announced once because the mark is cleared in the transaction that publishes it.
 */
@Component
@EnableConfigurationProperties(VisitImportProperties.class)
class VisitAnnouncer {

    private final VisitRepository visits;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final JdbcTemplate jdbc;
    private final VisitImportProperties properties;
    private final Clock clock;
    private final TransactionTemplate transactions;

    VisitAnnouncer(
            VisitRepository visits,
            org.springframework.context.ApplicationEventPublisher events,
            JdbcTemplate jdbc,
            VisitImportProperties properties,
            Clock clock,
            PlatformTransactionManager transactionManager) {
        this.visits = visits;
        this.events = events;
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** Imports running in this instance: they go first, the announcer waits for them. */
    private final java.util.concurrent.atomic.AtomicInteger importsRunning =
            new java.util.concurrent.atomic.AtomicInteger();

    /**
     * While an import stores its rows the announcer stands still: the import then gets its database connection
     * at once instead of queueing behind listener threads, and the two never lock the same index range.
     */
    <T> T whileImporting(java.util.function.Supplier<T> work) {
        importsRunning.incrementAndGet();
        try {
            return work.get();
        } finally {
            importsRunning.decrementAndGet();
        }
    }

    @Scheduled(fixedDelayString = "${csi.visit-import.announce-interval:PT0.2S}")
    @RetryOnConflict
    void announce() {
        if (importsRunning.get() > 0 || !visits.existsByAnnouncedAtIsNull()) {
            return; // the usual case: nothing imported waits, one look at an index
        }
        // a few batches per round while the listeners keep up; none while they are behind
        for (int round = 0;
                round < 20 && importsRunning.get() == 0 && pendingPublications() < properties.maxPendingPublications();
                round++) {
            Integer announced = transactions.execute(status -> {
                var batch = visits.lockUnannounced(properties.announceBatch());
                batch.forEach(visit -> events.publishEvent(Visits.delivered(visit)));
                if (!batch.isEmpty()) {
                    visits.markAnnounced(batch.stream().map(Visit::getId).toList(), clock.instant());
                }
                return batch.size();
            });
            if (announced == null || announced < properties.announceBatch()) {
                return;
            }
        }
    }

    /** Publications of any feature not yet handled: the outbox's backlog, from its own index. */
    private long pendingPublications() {
        var pending =
                jdbc.queryForObject("select count(*) from event_publication where completion_date is null", Long.class);
        return pending == null ? 0 : pending;
    }
}
