package com.dealercsi.privacy;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long owners' personal data is kept ({@code csi.privacy.*}, ADR 0050). The audit trail's own period is
 * {@code csi.privacy.audit-retention} ({@code audit.AuditProperties}); the key of the hashes an opt-out is kept by
 * is {@code csi.privacy.hash-key} ({@code shared.privacy.OwnerKeys}).
 *
 * @param retention how long after delivery a visit keeps its owner's personal data; the nightly retention job then
 *        erases it as an erasure on request does, keeping every score and count
 * @param retentionBatch visits erased per transaction by the retention job
 */
@ConfigurationProperties("csi.privacy")
public record PrivacyProperties(
        @DefaultValue("P24M") Period retention,
        @DefaultValue("1000") int retentionBatch) {

    public PrivacyProperties {
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("csi.privacy.retention must be a positive period, not " + retention);
        }
        if (retentionBatch < 1) {
            throw new IllegalArgumentException("csi.privacy.retention-batch must be at least 1, not " + retentionBatch);
        }
    }
}
