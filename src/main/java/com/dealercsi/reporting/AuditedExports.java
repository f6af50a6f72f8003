package com.dealercsi.reporting;

import com.dealercsi.admin.StoreRef;
import com.dealercsi.audit.AuditAction;
import com.dealercsi.audit.AuditTrail;
import com.dealercsi.reporting.internal.TableExport;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Puts every export into the audit trail with its filter and how many rows left: the rows are counted as the
 * file is written, and the entry is recorded when the export ends, also when it breaks off.
 */
@Component
class AuditedExports {

    private final AuditTrail trail;
    private final ReportingScope.Resolver scopes;

    AuditedExports(AuditTrail trail, ReportingScope.Resolver scopes) {
        this.trail = trail;
        this.scopes = scopes;
    }

    /**
     * @param export what is exported: {@code responses}, {@code invitations} or {@code cases}
     * @param filters the export's own filters besides the dashboard's, by name
     */
    TableExport.Rows counted(
            String export, String format, DashboardFilter filter, Map<String, String> filters, TableExport.Rows rows) {
        return sink -> {
            long[] count = {0};
            try {
                rows.produce(row -> {
                    sink.accept(row);
                    count[0]++;
                });
            } finally {
                record(export, format, filter, filters, count[0]);
            }
        };
    }

    private void record(String export, String format, DashboardFilter filter, Map<String, String> filters, long rows) {
        var stores = scopes.resolve(filter.storeIds()).stores();
        var details = new LinkedHashMap<String, String>();
        details.put("export", "audit.export." + export);
        details.put("format", format);
        details.put("rows", Long.toString(rows));
        details.put("from", filter.from().toString());
        details.put("to", filter.to().toString());
        details.put(
                "stores",
                filter.storeIds().isEmpty()
                        ? "audit.value.allVisible"
                        : stores.stream().map(StoreRef::code).sorted().collect(Collectors.joining(",")));
        if (filter.commentContains() != null && !filter.commentContains().isBlank()) {
            details.put("commentContains", filter.commentContains().strip());
        }
        details.putAll(filters);
        trail.record(
                AuditAction.EXPORT,
                stores.size() == 1 ? stores.getFirst().id() : null,
                "audit.export." + export,
                details);
    }
}
