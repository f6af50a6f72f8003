package com.dealercsi.audit;

import com.dealercsi.audit.AuditStoreDirectory.AuditStore;
import com.dealercsi.audit.internal.AuditChain;
import com.dealercsi.audit.internal.AuditChain.Visibility;
import com.dealercsi.shared.SpreadsheetText;
import com.dealercsi.shared.StoreScope;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Searches the audit trail for the audit page, and exports what it finds. Administrators see every entry;
 * group, general, service and customer-service managers see the entries of the stores they may see, and none
 * that belongs to no store (sign-ins, accounts, the retention runs). The limit is applied here, so no view can
 * show more.
 */
@Service
@PreAuthorize(AuditLog.READERS)
public class AuditLog {

    /** Who may read the trail. */
    public static final String READERS =
            "hasAnyRole('ADMIN', 'GROUP_MANAGER', 'GENERAL_MANAGER', 'STORE_MANAGER', " + "'CUSTOMER_SERVICE_MANAGER')";

    private static final Pattern MESSAGE_KEY = Pattern.compile("[a-z][A-Za-z]*(\\.[A-Za-z0-9_]+)+");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final AuditChain chain;
    private final AuditTrail trail;
    private final ObjectProvider<AuditStoreDirectory> directory;
    private final MessageSource messages;

    AuditLog(
            AuditChain chain, AuditTrail trail, ObjectProvider<AuditStoreDirectory> directory, MessageSource messages) {
        this.chain = chain;
        this.trail = trail;
        this.directory = directory;
        this.messages = messages;
    }

    /** Entries matching the filter that the current user may see, newest first. */
    public List<AuditRow> find(AuditFilter filter, int offset, int limit) {
        var names = storeNames();
        return chain.find(filter, visibility(), offset, limit).stream()
                .map(entry -> row(entry, names))
                .toList();
    }

    public long count(AuditFilter filter) {
        return chain.count(filter, visibility());
    }

    /** The stores whose entries the current user may see, by name. */
    public List<AuditStore> visibleStores() {
        var visibility = visibility();
        return allStores().stream()
                .filter(store -> visibility.everything()
                        || visibility.storeIds() == null
                        || visibility.storeIds().contains(store.id()))
                .sorted(Comparator.comparing(AuditStore::name))
                .toList();
    }

    /** Whether the current user sees entries that belong to no store (sign-ins, accounts, retention runs). */
    public boolean seesEverything() {
        return visibility().everything();
    }

    /** Walks the whole chain; for administrators. */
    @PreAuthorize("hasRole('ADMIN')")
    public ChainCheck checkChain() {
        return trail.verify();
    }

    /**
     * The matching entries as CSV (UTF-8 with a byte-order mark, so Excel reads Chinese correctly), times in
     * {@code zone}; every text cell guarded against spreadsheet formulas. The export is itself audited, with its
     * filter and row count.
     */
    public void csv(AuditFilter filter, ZoneId zone, Locale locale, OutputStream out) {
        var names = storeNames();
        long[] rows = {0};
        try {
            var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            var header = new ArrayList<String>();
            for (var column : List.of("at", "who", "role", "action", "store", "subject", "details")) {
                header.add(message("audit.column." + column, locale));
            }
            header.set(0, header.get(0) + " (" + zone.getId() + ")");
            var printer = CSVFormat.EXCEL
                    .builder()
                    .setHeader(header.toArray(String[]::new))
                    .get()
                    .print(writer);
            chain.each(filter, visibility(), stored -> {
                var row = row(stored, names);
                try {
                    printer.printRecord(java.util.stream.Stream.of(
                                    TIME.format(row.at().atZone(zone)),
                                    actor(row, locale),
                                    roles(row.actorRoles(), locale),
                                    message(row.action().messageKey(), locale),
                                    row.storeName() == null ? "" : row.storeName(),
                                    subject(row, locale),
                                    details(row, locale))
                            .map(SpreadsheetText::guarded)
                            .toList());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                rows[0]++;
            });
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            var details = new LinkedHashMap<String, String>();
            details.put("export", "audit.export.trail");
            details.put("format", "csv");
            details.put("rows", Long.toString(rows[0]));
            if (filter.who() != null && !filter.who().isBlank()) {
                details.put("who", filter.who().strip());
            }
            if (filter.action() != null) {
                details.put("action", filter.action().messageKey());
            }
            if (filter.from() != null) {
                details.put("from", filter.from().toString());
            }
            if (filter.to() != null) {
                details.put("to", filter.to().toString());
            }
            // a reader of one store's entries exported that store's entries, and sees the export among them
            var stores = visibleStores();
            var storeId = filter.storeId() != null
                    ? filter.storeId()
                    : !seesEverything() && stores.size() == 1
                            ? stores.getFirst().id()
                            : null;
            trail.record(AuditAction.EXPORT, storeId, "audit.subject.trail", details);
        }
    }

    /** The entry's details in words: each label, then its value, translated where the value is a message key. */
    public String details(AuditRow row, Locale locale) {
        return row.details().entrySet().stream()
                .map(detail -> message("audit.detail." + detail.getKey(), detail.getKey(), locale) + ": "
                        + value(detail.getValue(), locale))
                .collect(Collectors.joining("; "));
    }

    /** Who did it: a log-in, or the system, a car owner, or someone not signed in, in words. */
    public String actor(AuditRow row, Locale locale) {
        return switch (row.actor()) {
            case AuditTrail.SYSTEM, AuditTrail.OWNER, "anonymous" -> message("audit.actor." + row.actor(), locale);
            default -> row.actor();
        };
    }

    /** What the entry is about, in words where it names a kind of thing. */
    public String subject(AuditRow row, Locale locale) {
        return value(row.subject(), locale);
    }

    /** Role names in words. */
    public String roles(String actorRoles, Locale locale) {
        if (actorRoles.isBlank()) {
            return "";
        }
        return java.util.Arrays.stream(actorRoles.split(","))
                .map(role -> message("admin.role." + role, role, locale))
                .collect(Collectors.joining(", "));
    }

    private String value(String value, Locale locale) {
        // a list of message keys (roles) is shown as a list of words
        if (value.contains(",")
                && java.util.Arrays.stream(value.split(","))
                        .allMatch(v -> MESSAGE_KEY.matcher(v).matches())) {
            return java.util.Arrays.stream(value.split(","))
                    .map(v -> message(v, v, locale))
                    .collect(Collectors.joining(", "));
        }
        return MESSAGE_KEY.matcher(value).matches() ? message(value, value, locale) : value;
    }

    private String message(String key, Locale locale) {
        return message(key, key, locale);
    }

    private String message(String key, String fallback, Locale locale) {
        var text = messages.getMessage(key, null, null, locale);
        return text == null ? fallback : text;
    }

    private AuditRow row(AuditChain.StoredEntry stored, Map<UUID, String> names) {
        var entry = stored.entry();
        return new AuditRow(
                entry.seq(),
                entry.at(),
                entry.actor(),
                entry.actorRole(),
                AuditAction.valueOf(entry.action()),
                entry.storeId(),
                entry.storeId() == null ? null : names.get(entry.storeId()),
                entry.subject(),
                chain.details(entry.details()));
    }

    private List<AuditStore> allStores() {
        var stores = directory.getIfAvailable();
        return stores == null ? List.of() : stores.stores();
    }

    private Map<UUID, String> storeNames() {
        return allStores().stream().collect(Collectors.toMap(AuditStore::id, AuditStore::name, (a, b) -> a));
    }

    /** The time zone the page shows times in: the visible stores' zone where they share one, UTC otherwise. */
    public ZoneId zone() {
        var zones = visibleStores().stream().map(AuditStore::timeZone).collect(Collectors.toSet());
        return zones.size() == 1 ? zones.iterator().next() : ZoneOffset.UTC;
    }

    private static Visibility visibility() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return Visibility.NOTHING;
        }
        Set<String> roles = authentication.getAuthorities().stream()
                .map(a -> a.getAuthority())
                .collect(Collectors.toSet());
        if (roles.contains("ROLE_ADMIN")) {
            return new Visibility(true, null);
        }
        if (authentication.getPrincipal() instanceof StoreScope scope) {
            return scope.seesAllStores() ? new Visibility(false, null) : new Visibility(false, scope.storeIds());
        }
        return Visibility.NOTHING;
    }
}
