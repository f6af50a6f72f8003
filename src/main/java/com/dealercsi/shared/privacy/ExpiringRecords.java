package com.dealercsi.shared.privacy;

import java.time.Instant;
import java.util.Map;

/**
 * A feature's records that are kept only while they are of use, whoever they are about: the logs that keep a staff
 * mail from going twice, the outbox's finished entries. The retention job (PIPL Art. 19) asks every implementation
 * to delete what is past its use (ADR 0050). Implemented in each feature's {@code internal} package.
 */
public interface ExpiringRecords {

    /**
     * Deletes what is past its use, at the latest what is older than the cutoff (now minus
     * {@code csi.privacy.retention}).
     *
     * @return rows deleted, by table
     */
    Map<String, Integer> deleteExpired(Instant cutoff);
}
