package com.dealercsi.audit.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** The nightly retention run of the audit trail; ShedLock's row makes one instance run it. */
@Component
class AuditRetentionJob {

    static final String LOCK_NAME = "audit-retention";
    private static final Logger log = LoggerFactory.getLogger(AuditRetentionJob.class);

    private final AuditRetention retention;

    AuditRetentionJob(AuditRetention retention) {
        this.retention = retention;
    }

    @Scheduled(cron = "${csi.privacy.audit-retention-cron:0 45 3 * * *}", zone = "${csi.privacy.audit-retention-zone:}")
    @SchedulerLock(name = LOCK_NAME, lockAtMostFor = "PT1H", lockAtLeastFor = "PT5M")
    void run() {
        var removed = retention.run();
        log.info("Audit retention removed {} entries", removed);
    }
}
