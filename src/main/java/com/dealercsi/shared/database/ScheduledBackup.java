package com.dealercsi.shared.database;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The daily backup. With several instances on one database, the ShedLock row makes one of them dump it; on by
 * default only for the embedded database (csi.backup.enabled).
 */
@Component
@ConditionalOnExpression("${csi.backup.enabled:${csi.database.embedded:true}}")
class ScheduledBackup {

    private static final Logger log = LoggerFactory.getLogger(ScheduledBackup.class);

    private final DatabaseBackups backups;

    ScheduledBackup(DatabaseBackups backups) {
        this.backups = backups;
    }

    @Scheduled(cron = "${csi.backup.cron:0 30 2 * * *}", zone = "${csi.backup.zone:}")
    // held at least a few minutes: a small dump takes milliseconds, and an instance whose clock runs a little
    // behind would otherwise find the lock free again and dump a second time
    @SchedulerLock(name = "database-backup", lockAtMostFor = "PT2H", lockAtLeastFor = "PT5M")
    void backUp() {
        try {
            backups.backUp();
            backups.deleteExpired();
        } catch (RuntimeException e) {
            // the csi_backup_last_success_seconds gauge stops moving; the README's alert catches that
            log.error("The scheduled database backup failed", e);
        }
    }
}
