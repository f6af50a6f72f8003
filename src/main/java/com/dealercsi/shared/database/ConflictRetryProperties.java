package com.dealercsi.shared.database;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param maxTries how many times a {@link RetryOnConflict} transaction is run in all before the conflict is let
 *     through
 * @param firstBackOff the bound of the random wait after the first conflict; it doubles with each further one
 * @param maxBackOff the largest bound
 */
@ConfigurationProperties("csi.database.conflict-retry")
record ConflictRetryProperties(
        @DefaultValue("5") int maxTries,
        @DefaultValue("PT0.02S") Duration firstBackOff,
        @DefaultValue("PT0.5S") Duration maxBackOff) {}
