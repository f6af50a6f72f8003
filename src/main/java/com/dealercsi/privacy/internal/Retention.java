package com.dealercsi.privacy.internal;

import com.dealercsi.audit.AuditAction;
import com.dealercsi.audit.AuditTrail;
import com.dealercsi.privacy.PrivacyProperties;
import com.dealercsi.shared.privacy.ExpiringRecords;
import com.dealercsi.visit.OwnerVisits;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The retention run (PIPL Art. 19, ADR 0050): every visit delivered longer ago than {@code csi.privacy.retention}
 * and not erased yet is erased the way an erasure on request erases, {@code csi.privacy.retention-batch} visits per
 * transaction, oldest first, so a first run over years of data neither holds locks for long nor starts over when it
 * is stopped. Then every feature deletes its records past their use ({@link ExpiringRecords}: staff mail logs, the
 * outbox's finished entries). Counts go into the log and the audit trail.
 */
@Component
public class Retention {

    private static final Logger log = LoggerFactory.getLogger(Retention.class);

    private final OwnerVisits visits;
    private final Erasers erasers;
    private final List<ExpiringRecords> expiring;
    private final AuditTrail trail;
    private final PrivacyProperties properties;
    private final Clock clock;
    private final TransactionTemplate transactions;

    Retention(
            OwnerVisits visits,
            Erasers erasers,
            List<ExpiringRecords> expiring,
            AuditTrail trail,
            PrivacyProperties properties,
            Clock clock,
            PlatformTransactionManager transactionManager) {
        this.visits = visits;
        this.erasers = erasers;
        this.expiring = expiring;
        this.trail = trail;
        this.properties = properties;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** What one run did. */
    public record Run(
            Instant cutoff,
            int visits,
            Map<String, Integer> erasedByTable,
            Map<String, Integer> deletedByTable,
            Duration took) {}

    public Run run() {
        long started = System.nanoTime();
        var cutoff = clock.instant()
                .atZone(ZoneOffset.UTC)
                .minus(properties.retention())
                .toInstant();
        int erasedVisits = 0;
        var erased = new TreeMap<String, Integer>();
        while (true) {
            var batch = Objects.requireNonNull(transactions.execute(
                    status -> erasers.erase(visits.notErasedDeliveredBefore(cutoff, properties.retentionBatch()))));
            if (batch.visits() == 0) {
                break;
            }
            erasedVisits += batch.visits();
            batch.rowsByTable().forEach((table, rows) -> erased.merge(table, rows, Integer::sum));
        }
        var visitCount = erasedVisits;
        var deleted = Objects.requireNonNull(transactions.execute(status -> {
            var rows = new TreeMap<String, Integer>();
            for (var records : expiring) {
                records.deleteExpired(cutoff).forEach((table, count) -> {
                    if (count > 0) {
                        rows.merge(table, count, Integer::sum);
                    }
                });
            }
            audit(cutoff, visitCount, erased, rows);
            return rows;
        }));
        var run = new Run(cutoff, erasedVisits, erased, deleted, Duration.ofNanos(System.nanoTime() - started));
        log.info(
                "Privacy retention: {} visits delivered before {} erased ({}), expired records deleted ({}), in {} ms",
                run.visits(),
                cutoff,
                erased,
                deleted,
                run.took().toMillis());
        return run;
    }

    private void audit(Instant cutoff, int visitCount, Map<String, Integer> erased, Map<String, Integer> deleted) {
        var details = new LinkedHashMap<String, String>();
        details.put("before", cutoff.toString());
        details.put("retention", properties.retention().toString());
        details.put("visits", Integer.toString(visitCount));
        details.put("erased", rows(erased));
        details.put("deleted", rows(deleted));
        trail.recordAs(AuditTrail.SYSTEM, "", AuditAction.RETENTION_RUN, null, "erasure.subject.retention", details);
    }

    private static String rows(Map<String, Integer> rowsByTable) {
        return rowsByTable.isEmpty()
                ? "0"
                : rowsByTable.entrySet().stream()
                        .map(entry -> entry.getKey() + " " + entry.getValue())
                        .collect(Collectors.joining("; "));
    }
}
