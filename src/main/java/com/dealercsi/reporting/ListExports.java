package com.dealercsi.reporting;

import com.dealercsi.admin.StoreRef;
import com.dealercsi.alerting.AlertLevel;
import com.dealercsi.invitation.InvitationState;
import com.dealercsi.invitation.InvitationStatus;
import com.dealercsi.invitation.Invitations;
import com.dealercsi.recovery.CaseFilter;
import com.dealercsi.recovery.CaseRow;
import com.dealercsi.recovery.CaseStatus;
import com.dealercsi.recovery.RecoveryCases;
import com.dealercsi.reporting.internal.TableExport;
import com.dealercsi.visit.VisitSummary;
import com.dealercsi.visit.Visits;
import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Invitations and recovery cases as CSV or XLSX, for the dashboard's stores and period (each store's own
 * calendar days) plus the lists' own filters. Rows come from the invitation and recovery modules' public read
 * APIs, which apply their own store limits on top of the dashboard's; an advisor's own view exports no rows
 * (invitations and cases do not know the advisor, decision 0033).
 */
@Service
@PreAuthorize("isAuthenticated()")
public class ListExports {

    private static final int BATCH = 500;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ReportingScope.Resolver scopes;
    private final Invitations invitations;
    private final RecoveryCases cases;
    private final Visits visits;
    private final MessageSource messages;
    private final AuditedExports audit;

    ListExports(
            ReportingScope.Resolver scopes,
            Invitations invitations,
            RecoveryCases cases,
            Visits visits,
            MessageSource messages,
            AuditedExports audit) {
        this.audit = audit;
        this.scopes = scopes;
        this.invitations = invitations;
        this.cases = cases;
        this.visits = visits;
        this.messages = messages;
    }

    /** {@code states} empty means every state. Invitations count by the day they were (or are) due to go out. */
    @PreAuthorize(ResponseExports.MAY_EXPORT)
    public void invitationsCsv(
            DashboardFilter filter, Collection<InvitationState> states, Locale locale, OutputStream out) {
        TableExport.csv(
                invitationHeader(locale),
                audit.counted(
                        "invitations",
                        "csv",
                        filter,
                        states(states),
                        sink -> invitationRows(filter, states, locale, sink)),
                out);
    }

    @PreAuthorize(ResponseExports.MAY_EXPORT)
    public void invitationsXlsx(
            DashboardFilter filter, Collection<InvitationState> states, Locale locale, OutputStream out) {
        TableExport.xlsx(
                message("report.export.invitations.sheet", locale),
                invitationHeader(locale),
                audit.counted(
                        "invitations",
                        "xlsx",
                        filter,
                        states(states),
                        sink -> invitationRows(filter, states, locale, sink)),
                out);
    }

    /** Cases opened in the period; a null status or level does not filter. */
    @PreAuthorize(ResponseExports.MAY_EXPORT)
    public void casesCsv(
            DashboardFilter filter,
            @Nullable CaseStatus status,
            @Nullable AlertLevel level,
            Locale locale,
            OutputStream out) {
        TableExport.csv(
                caseHeader(locale),
                audit.counted(
                        "cases",
                        "csv",
                        filter,
                        caseFilters(status, level),
                        sink -> caseRows(filter, status, level, locale, sink)),
                out);
    }

    @PreAuthorize(ResponseExports.MAY_EXPORT)
    public void casesXlsx(
            DashboardFilter filter,
            @Nullable CaseStatus status,
            @Nullable AlertLevel level,
            Locale locale,
            OutputStream out) {
        TableExport.xlsx(
                message("report.export.cases.sheet", locale),
                caseHeader(locale),
                audit.counted(
                        "cases",
                        "xlsx",
                        filter,
                        caseFilters(status, level),
                        sink -> caseRows(filter, status, level, locale, sink)),
                out);
    }

    private static Map<String, String> states(Collection<InvitationState> states) {
        return states.isEmpty()
                ? Map.of()
                : Map.of(
                        "states",
                        states.stream()
                                .map(InvitationState::messageKey)
                                .sorted()
                                .collect(Collectors.joining(",")));
    }

    private static Map<String, String> caseFilters(@Nullable CaseStatus status, @Nullable AlertLevel level) {
        var filters = new java.util.LinkedHashMap<String, String>();
        if (status != null) {
            filters.put("status", "recovery.status." + status.name());
        }
        if (level != null) {
            filters.put("level", "alert.level." + level.name());
        }
        return filters;
    }

    private List<String> invitationHeader(Locale locale) {
        return headers(
                locale,
                "dueAt",
                "storeCode",
                "store",
                "ro",
                "owner",
                "plate",
                "state",
                "skipReason",
                "sentAt",
                "remindedAt",
                "answeredAt",
                "expiresAt",
                "failure");
    }

    private List<String> caseHeader(Locale locale) {
        return headers(
                locale,
                "openedAt",
                "storeCode",
                "store",
                "level",
                "status",
                "owner",
                "plate",
                "advisor",
                "caseOwner",
                "closeDue",
                "overdue",
                "escalated");
    }

    private void invitationRows(
            DashboardFilter filter,
            Collection<InvitationState> states,
            Locale locale,
            Consumer<List<@Nullable Object>> sink) {
        var scope = scopes.resolve(filter.storeIds());
        if (scope.isEmpty() || scope.advisorId() != null) {
            return;
        }
        Map<UUID, StoreRef> stores = byId(scope.stores());
        Set<InvitationState> wanted = states.isEmpty() ? EnumSet.allOf(InvitationState.class) : EnumSet.copyOf(states);
        Instant earliest = scope.stores().stream()
                .map(store -> start(filter, store.timeZone()))
                .min(Instant::compareTo)
                .orElseThrow();
        // the list comes latest due first: read pages until everything left is due before the period
        for (int offset = 0; ; offset += BATCH) {
            var page = invitations.page(stores.keySet(), wanted, offset, BATCH);
            var inPeriod = page.stream()
                    .filter(i -> stores.containsKey(i.storeId())
                            && within(i.dueAt(), filter, stores.get(i.storeId()).timeZone()))
                    .toList();
            var visitsById =
                    visits(inPeriod.stream().map(InvitationStatus::visitId).toList());
            for (var invitation : inPeriod) {
                var store = stores.get(invitation.storeId());
                var zone = store.timeZone();
                var visit = visitsById.get(invitation.visitId());
                var values = new ArrayList<@Nullable Object>();
                values.add(time(invitation.dueAt(), zone));
                values.add(store.code());
                values.add(store.name());
                values.add(visit == null ? null : visit.roNumber());
                values.add(visit == null ? null : visit.ownerName());
                values.add(visit == null ? null : visit.plate());
                values.add(message(invitation.state().messageKey(), locale));
                values.add(
                        invitation.skipReason() == null
                                ? null
                                : invitation.skipReason().name());
                values.add(time(invitation.sentAt(), zone));
                values.add(time(invitation.remindedAt(), zone));
                values.add(time(invitation.answeredAt(), zone));
                values.add(time(invitation.expiresAt(), zone));
                values.add(invitation.failure());
                sink.accept(values);
            }
            if (page.size() < BATCH || page.getLast().dueAt().isBefore(earliest)) {
                return;
            }
        }
    }

    private void caseRows(
            DashboardFilter filter,
            @Nullable CaseStatus status,
            @Nullable AlertLevel level,
            Locale locale,
            Consumer<List<@Nullable Object>> sink) {
        var scope = scopes.resolve(filter.storeIds());
        if (scope.isEmpty() || scope.advisorId() != null) {
            return;
        }
        var yes = message("report.export.yes", locale);
        var no = message("report.export.no", locale);
        for (var store : scope.stores()) {
            var zone = store.timeZone();
            var caseFilter = new CaseFilter(status, level, false, null, null, store.id());
            // the list comes newest first: read pages until the cases left were opened before the period
            for (int offset = 0; ; offset += BATCH) {
                var page = cases.find(caseFilter, offset, BATCH);
                for (CaseRow row : page) {
                    if (!within(row.openedAt(), filter, zone)) {
                        continue;
                    }
                    var values = new ArrayList<@Nullable Object>();
                    values.add(time(row.openedAt(), zone));
                    values.add(store.code());
                    values.add(store.name());
                    values.add(message("alert.level." + row.level().name(), locale));
                    values.add(message("recovery.status." + row.status().name(), locale));
                    values.add(row.carOwner());
                    values.add(row.plate());
                    values.add(row.advisorName());
                    values.add(row.caseOwner());
                    values.add(time(row.closeDue(), zone));
                    values.add(row.overdue() ? yes : no);
                    values.add(row.escalated() ? yes : no);
                    sink.accept(values);
                }
                if (page.size() < BATCH || page.getLast().openedAt().isBefore(start(filter, zone))) {
                    break;
                }
            }
        }
    }

    private Map<UUID, VisitSummary> visits(List<UUID> ids) {
        return ids.isEmpty()
                ? Map.of()
                : visits.findAll(ids).stream().collect(Collectors.toMap(VisitSummary::id, Function.identity()));
    }

    private static boolean within(Instant instant, DashboardFilter filter, ZoneId zone) {
        return !instant.isBefore(start(filter, zone))
                && instant.isBefore(filter.to().plusDays(1).atStartOfDay(zone).toInstant());
    }

    private static Instant start(DashboardFilter filter, ZoneId zone) {
        return filter.from().atStartOfDay(zone).toInstant();
    }

    private static @Nullable String time(@Nullable Instant instant, ZoneId zone) {
        return instant == null ? null : TIME.format(instant.atZone(zone));
    }

    private static Map<UUID, StoreRef> byId(List<StoreRef> stores) {
        return stores.stream().collect(Collectors.toMap(StoreRef::id, Function.identity()));
    }

    private List<String> headers(Locale locale, String... keys) {
        var titles = new ArrayList<String>();
        for (var key : keys) {
            titles.add(message("report.export.column." + key, locale));
        }
        return titles;
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
