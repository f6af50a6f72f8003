package com.dealercsi.visit;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How imported visits are announced.
 *
 * @param announceInterval pause between the announcer's rounds
 * @param announceBatch visits announced per transaction
 * @param maxPendingPublications the announcer waits while the outbox holds this many unhandled publications,
 *        so that the listeners, not an ever longer queue of threads waiting for a database connection, set the pace
 */
@ConfigurationProperties("csi.visit-import")
public record VisitImportProperties(
        @DefaultValue("PT0.2S") Duration announceInterval,
        @DefaultValue("100") int announceBatch,
        @DefaultValue("300") int maxPendingPublications) {}
