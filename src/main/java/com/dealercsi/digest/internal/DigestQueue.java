package com.dealercsi.digest.internal;

import com.dealercsi.digest.DigestProperties;
import com.dealercsi.shared.digest.DigestReader;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Queues the digest of everybody whose Monday morning has come, once per member of staff and week: the week is
 * claimed by inserting its row into {@code digest_week}, and the mail is queued in the same transaction only when
 * that insert added the row. A second tick, or another instance ticking at the same moment, finds the row (or
 * waits for the first transaction's lock on it and then finds it) and queues nothing.
 *
 * <p>The sections are asked here, one reader after another on the job's one thread, rather than in the mail's
 * listener: a listener holds a connection for its transaction, and sections that open their own (and the
 * dashboard's invitation counts, which open another) on every listener thread at once drained the pool.
 */
@Component
public class DigestQueue {

    private static final Logger log = LoggerFactory.getLogger(DigestQueue.class);

    private final DigestRecipients recipients;
    private final DigestSections sections;
    private final DigestSchedule schedule;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DigestQueue(
            DigestRecipients recipients,
            DigestSections sections,
            DigestProperties properties,
            JdbcTemplate jdbc,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.recipients = recipients;
        this.sections = sections;
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
            if (week.isEmpty() || claimed(recipient.account().id(), week.get())) {
                continue;
            }
            try {
                if (claimAndQueue(recipient, week.get())) {
                    queued++;
                }
            } catch (DataAccessException | TransactionException e) {
                // e.g. Galera failing one of two nodes' claims of the same row at commit: the other node has it,
                // or the next tick tries again; the readers after this one are not held up
                log.warn(
                        "Digest of staff {} for the week of {} not queued this time: {}",
                        recipient.account().id(),
                        week.get(),
                        e.getClass().getName());
            }
        }
        if (queued > 0) {
            log.info("Queued {} weekly digests", queued);
        }
        return queued;
    }

    private boolean claimed(UUID staffId, LocalDate weekMonday) {
        Integer rows = jdbc.queryForObject(
                "select count(*) from digest_week where staff_id = ? and monday = ?",
                Integer.class,
                staffId,
                weekMonday);
        return rows != null && rows > 0;
    }

    /**
     * One transaction per reader, so the claim and the outbox entry are kept or lost together. A week in which no
     * section has anything to say is claimed all the same, so later ticks do not ask again, but queues no mail.
     */
    private boolean claimAndQueue(DigestRecipients.Recipient recipient, LocalDate weekMonday) {
        var account = recipient.account();
        var zone = recipient.audience().zone();
        var reader = new DigestReader(
                account.id(),
                recipient.audience().storeIds(),
                account.language().locale(),
                DigestSchedule.weekStart(weekMonday, zone),
                DigestSchedule.weekEnd(weekMonday, zone),
                weekMonday);
        var blocks = sections.collect(reader, account.email());
        var staffId = account.id();
        return Boolean.TRUE.equals(transactions.execute(status -> {
            int claimed = jdbc.update(
                    "insert ignore into digest_week (staff_id, monday, claimed_at) values (?, ?, ?)",
                    staffId,
                    weekMonday,
                    Timestamp.from(clock.instant()));
            if (claimed == 0 || blocks.isEmpty()) {
                return false;
            }
            events.publishEvent(new DigestDue(staffId, weekMonday, blocks));
            return true;
        }));
    }
}
