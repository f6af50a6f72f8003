package com.dealercsi.reporting;

import com.dealercsi.admin.StoreRef;
import com.dealercsi.reporting.internal.ReportColumns;
import com.dealercsi.reporting.internal.TableExport;
import com.dealercsi.shared.Factor;
import com.dealercsi.visit.VisitSummary;
import com.dealercsi.visit.Visits;
import java.io.OutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Responses as CSV (UTF-8 with a byte-order mark, so Excel reads Chinese correctly) or XLSX, with the
 * dashboard's filter and the same store and advisor limits as the dashboard.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class ResponseExports {

    /**
     * Who may take owners' personal data away in a file (ADR 0052): the managers and administrators. Advisors and
     * customer-service specialists see answers and work lists on screen but export nothing.
     */
    public static final String MAY_EXPORT =
            "hasAnyRole('ADMIN', 'GROUP_MANAGER', 'GENERAL_MANAGER', 'STORE_MANAGER', 'CUSTOMER_SERVICE_MANAGER')";

    /** The roles of {@link #MAY_EXPORT}, for a view that offers the export only to them. */
    static final java.util.Set<String> EXPORTING_ROLES = java.util.Set.of(
            "ROLE_ADMIN",
            "ROLE_GROUP_MANAGER",
            "ROLE_GENERAL_MANAGER",
            "ROLE_STORE_MANAGER",
            "ROLE_CUSTOMER_SERVICE_MANAGER");

    private static final int BATCH = 500;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final NamedParameterJdbcTemplate jdbc;
    private final ReportingScope.Resolver scopes;
    private final Visits visits;
    private final MessageSource messages;
    private final AuditedExports audit;

    ResponseExports(
            NamedParameterJdbcTemplate jdbc,
            ReportingScope.Resolver scopes,
            Visits visits,
            MessageSource messages,
            AuditedExports audit) {
        this.audit = audit;
        this.jdbc = jdbc;
        this.scopes = scopes;
        this.visits = visits;
        this.messages = messages;
    }

    /** Whether the signed-in user may export; a view shows the export links only then. */
    public boolean mayExport() {
        var authentication = org.springframework.security.core.context.SecurityContextHolder.getContext()
                .getAuthentication();
        return authentication != null
                && authentication.getAuthorities().stream()
                        .anyMatch(granted -> EXPORTING_ROLES.contains(granted.getAuthority()));
    }

    @PreAuthorize(MAY_EXPORT)
    public void csv(DashboardFilter filter, Locale locale, OutputStream out) {
        TableExport.csv(
                header(locale),
                audit.counted("responses", "csv", filter, Map.of(), sink -> rows(filter, locale, sink)),
                out);
    }

    @PreAuthorize(MAY_EXPORT)
    public void xlsx(DashboardFilter filter, Locale locale, OutputStream out) {
        TableExport.xlsx(
                messages.getMessage("report.export.sheet", null, locale),
                header(locale),
                audit.counted("responses", "xlsx", filter, Map.of(), sink -> rows(filter, locale, sink)),
                out);
    }

    private List<String> header(Locale locale) {
        var titles = new ArrayList<String>();
        for (var key :
                List.of("submittedAt", "storeCode", "store", "ro", "owner", "plate", "model", "advisor", "csi")) {
            titles.add(messages.getMessage("report.column." + key, null, locale));
        }
        for (var factor : Factor.values()) {
            titles.add(messages.getMessage(factor.messageKey(), null, locale));
        }
        for (var key : List.of("overall", "nps", "alert", "comment")) {
            titles.add(messages.getMessage("report.column." + key, null, locale));
        }
        ReportColumns.ITEMS.forEach(item -> titles.add(item.id()));
        return titles;
    }

    private void rows(DashboardFilter filter, Locale locale, java.util.function.Consumer<List<@Nullable Object>> sink) {
        var scope = scopes.resolve(filter.storeIds());
        if (scope.isEmpty()) {
            return;
        }
        Map<UUID, StoreRef> stores =
                scope.stores().stream().collect(Collectors.toMap(StoreRef::id, Function.identity()));
        var where = Dashboards.where(scope, filter);
        var records = jdbc.queryForList(
                "select * from report_response where answered and " + where.sql() + " order by submitted_at",
                where.params());
        var notApplicable = messages.getMessage("survey.notApplicable", null, locale);
        for (int start = 0; start < records.size(); start += BATCH) {
            var batch = records.subList(start, Math.min(records.size(), start + BATCH));
            Map<UUID, VisitSummary> visitsById =
                    visits
                            .findAll(batch.stream()
                                    .map(r -> UUID.fromString(r.get("visit_id").toString()))
                                    .toList())
                            .stream()
                            .collect(Collectors.toMap(VisitSummary::id, Function.identity()));
            for (var record : batch) {
                var store = stores.get(UUID.fromString(record.get("store_id").toString()));
                var visit =
                        visitsById.get(UUID.fromString(record.get("visit_id").toString()));
                var values = new ArrayList<@Nullable Object>();
                values.add(TIME.format(((java.sql.Timestamp) record.get("submitted_at"))
                        .toInstant()
                        .atZone(store == null ? ZoneId.of("UTC") : store.timeZone())));
                values.add(store == null ? null : store.code());
                values.add(store == null ? null : store.name());
                values.add(visit == null ? null : visit.roNumber());
                values.add(visit == null ? null : visit.ownerName());
                values.add(visit == null ? null : visit.plate());
                values.add(visit == null ? null : visit.model());
                values.add((String) record.get("advisor_name"));
                values.add(rounded(record.get("csi")));
                for (var factor : Factor.values()) {
                    values.add(rounded(record.get(ReportColumns.factor(factor))));
                }
                values.add(record.get("overall"));
                values.add(record.get("nps"));
                var level = record.get("alert_level");
                values.add(level == null ? null : messages.getMessage("alert.level." + level, null, locale));
                values.add((String) record.get("owner_comment"));
                for (var item : ReportColumns.ITEMS) {
                    var rating = record.get(ReportColumns.item(item));
                    values.add(rating == null ? notApplicable : rating);
                }
                sink.accept(values);
            }
        }
    }

    private static @Nullable Long rounded(@Nullable Object score) {
        return score == null ? null : Math.round(((Number) score).doubleValue());
    }
}
