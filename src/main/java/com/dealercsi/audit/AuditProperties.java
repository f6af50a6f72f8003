package com.dealercsi.audit;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Privacy settings of the audit trail ({@code csi.privacy.*}).
 *
 * @param auditRetention how long audit entries are kept; older ones are removed by the nightly retention job
 */
@ConfigurationProperties("csi.privacy")
public record AuditProperties(@DefaultValue("P36M") Period auditRetention) {}
