package com.dealercsi.audit.internal;

import com.dealercsi.audit.AuditAction;
import com.dealercsi.audit.AuditProperties;
import com.dealercsi.audit.AuditTrail;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Removes audit entries older than {@code csi.privacy.audit-retention} and records the run, with how many went
 * and the anchor the oldest kept entry follows, so that the chain still verifies from there.
 */
@Component
public class AuditRetention {

    private final AuditChain chain;
    private final AuditTrail trail;
    private final AuditProperties properties;
    private final Clock clock;

    AuditRetention(AuditChain chain, AuditTrail trail, AuditProperties properties, Clock clock) {
        this.chain = chain;
        this.trail = trail;
        this.properties = properties;
        this.clock = clock;
    }

    /** @return how many entries were removed */
    @Transactional
    public long run() {
        Instant cutoff = clock.instant()
                .atZone(ZoneOffset.UTC)
                .minus(properties.auditRetention())
                .toInstant();
        var purge = chain.purgeBefore(cutoff);
        trail.recordAs(
                AuditTrail.SYSTEM,
                "",
                AuditAction.RETENTION_RUN,
                null,
                "audit.subject.trail",
                Map.of(
                        "deleted",
                        Long.toString(purge.deleted()),
                        "before",
                        cutoff.toString(),
                        "retention",
                        properties.auditRetention().toString(),
                        "anchorSeq",
                        Long.toString(purge.anchorSeq()),
                        "anchorHash",
                        purge.anchorHash()));
        return purge.deleted();
    }
}
