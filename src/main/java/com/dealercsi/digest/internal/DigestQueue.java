package com.dealercsi.digest.internal;

import com.dealercsi.digest.DigestProperties;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Queues the digest of everybody whose Monday morning has come, once per member of staff and week: the week is
 * claimed by inserting its row into {@code digest_week}, and the mail is queued in the same transaction only when
 * that insert added the row. A second tick, or another instance ticking at the same moment, finds the row (or
 * waits for the first transaction's lock on it and then finds it) and queues nothing.
 */
@Component
public class DigestQueue {

    private static final Logger log = LoggerFactory.getLogger(DigestQueue.class);

    private final DigestRecipients recipients;
    private final DigestSchedule schedule;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DigestQueue(
            DigestRecipients recipients,
            DigestProperties properties,
            JdbcTemplate jdbc,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.recipients = recipients;
        this.schedule = new DigestSchedule(properties.sendAt(), properties.catchUp());
        this.jdbc = jdbc;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** @return how many digests were queued by this call */
    public int queueDue() {
        var now = clock.instant();
        int queued = 0;
        for (var recipient : recipients.subscribed()) {
            var week = schedule.dueWeek(now, recipient.audience().zone());
            if (week.isPresent() && claimAndQueue(recipient.account().id(), week.get())) {
                queued++;
            }
        }
        if (queued > 0) {
            log.info("Queued {} weekly digests", queued);
        }
        return queued;
    }

    /** One transaction per reader, so the claim and the outbox entry are kept or lost together. */
    private boolean claimAndQueue(UUID staffId, LocalDate weekMonday) {
        return Boolean.TRUE.equals(transactions.execute(status -> {
            int claimed = jdbc.update(
                    "insert ignore into digest_week (staff_id, monday, claimed_at) values (?, ?, ?)",
                    staffId,
                    weekMonday,
                    Timestamp.from(clock.instant()));
            if (claimed == 0) {
                return false;
            }
            events.publishEvent(new DigestDue(staffId, weekMonday));
            return true;
        }));
    }
}
