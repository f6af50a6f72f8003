package com.dealercsi.shared.events;

import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The outbox's retry loop: event listeners that failed (an SMTP server down, say) leave their publication
 * failed in the registry; this hands them to their listeners again until they succeed. Publications stuck
 * without finishing are marked failed by Spring Modulith's staleness monitor and so come back here too. Also
 * clears out completed publications once they are old.
 */
@Component
@EnableConfigurationProperties(IncompletePublicationsRetry.OutboxProperties.class)
class IncompletePublicationsRetry {

    private static final Logger log = LoggerFactory.getLogger(IncompletePublicationsRetry.class);

    private final FailedEventPublications publications;
    private final CompletedEventPublications completed;
    private final OutboxProperties properties;

    IncompletePublicationsRetry(
            FailedEventPublications publications, CompletedEventPublications completed, OutboxProperties properties) {
        this.publications = publications;
        this.completed = completed;
        this.properties = properties;
    }

    /** Every visit leaves a few completed publications behind; without this the registry grows for ever. */
    @Scheduled(cron = "${csi.outbox.cleanup-cron:0 17 3 * * *}")
    @SchedulerLock(name = "outbox-cleanup", lockAtMostFor = "PT30M", lockAtLeastFor = "PT5M")
    void deleteOldCompletedPublications() {
        try {
            completed.deletePublicationsOlderThan(properties.keepCompleted());
        } catch (RuntimeException e) {
            log.warn("Could not delete old completed event publications: {}", e.getMessage());
        }
    }

    @Scheduled(
            fixedDelayString = "${csi.outbox.retry-interval:PT30S}",
            initialDelayString = "${csi.outbox.retry-interval:PT30S}")
    // one node at a time hands failed publications out again; each is also claimed by a conditional update
    // (status != RESUBMITTED, one row changed), so even two nodes at once run a listener once per claim (ADR 0062)
    @SchedulerLock(name = "outbox-resubmission", lockAtMostFor = "PT10M")
    void resubmitFailedPublications() {
        try {
            // failed ones only: a publication still waiting in the listeners' queue is not lost, and handing it
            // out again made every listener run twice as soon as a batch took longer than retryAfter
            publications.resubmit(ResubmissionOptions.defaults().withMinAge(properties.retryAfter()));
        } catch (RuntimeException e) {
            log.warn("Could not resubmit incomplete event publications: {}", e.getMessage());
        }
    }

    /**
     * @param retryInterval how often the outbox is swept
     * @param retryAfter how old an incomplete publication must be before it is handed out again
     * @param listenerThreads how many event listeners run at once (ListenerExecution)
     * @param keepCompleted how long completed publications stay in the registry, for looking into what happened
     */
    @ConfigurationProperties("csi.outbox")
    record OutboxProperties(
            @DefaultValue("PT30S") Duration retryInterval,
            @DefaultValue("PT1M") Duration retryAfter,
            @DefaultValue("6") int listenerThreads,
            @DefaultValue("P7D") Duration keepCompleted) {}
}
