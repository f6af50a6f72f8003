package com.dealercsi.privacy;

import com.dealercsi.admin.Stores;
import com.dealercsi.audit.AuditAction;
import com.dealercsi.audit.AuditTrail;
import com.dealercsi.privacy.internal.Erasers;
import com.dealercsi.security.CurrentStaff;
import com.dealercsi.security.StoreApiPrincipal;
import com.dealercsi.shared.privacy.OwnerQuery;
import com.dealercsi.shared.privacy.OwnerText;
import com.dealercsi.visit.OwnerVisits;
import com.dealercsi.visit.VisitSummary;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Erases one owner's personal data on request (PIPL Art. 47) everywhere it lives, keeping every score and count
 * (ADR 0050).
 */
@Service
public class OwnerErasure {

    private static final Logger log = LoggerFactory.getLogger(OwnerErasure.class);
    /** The reason as kept in the audit trail, at most this long. */
    static final int MAX_REASON = 500;
    /** Visit ids named in the audit entry, at most; an owner has a handful. */
    private static final int MAX_VISIT_IDS = 50;

    private final OwnerVisits visits;
    private final Erasers erasers;
    private final Stores stores;
    private final AuditTrail trail;
    private final TransactionTemplate transactions;

    OwnerErasure(
            OwnerVisits visits,
            Erasers erasers,
            Stores stores,
            AuditTrail trail,
            PlatformTransactionManager transactionManager) {
        this.visits = visits;
        this.erasers = erasers;
        this.stores = stores;
        this.trail = trail;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * Erases the owner in the stores the signed-in administrator or customer-service manager may see. Finds nobody
     * (and erases nothing) in a store they may not see; asked again, finds nobody.
     *
     * @throws IllegalArgumentException for a query without any part or a blank reason
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'CUSTOMER_SERVICE_MANAGER')")
    public ErasureResult erase(OwnerQuery query, String reason) {
        return run(query, reason, CurrentStaff.visibleStoreIds(stores), null);
    }

    /**
     * Erases the owner in the store whose DMS asks, by RO number, mobile or e-mail.
     *
     * @throws IllegalArgumentException for a query without any part or a blank reason
     */
    @PreAuthorize("hasRole('STORE_API')")
    public ErasureResult eraseForStore(UUID storeId, OwnerQuery query, String reason) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null
                || !(authentication.getPrincipal() instanceof StoreApiPrincipal caller)
                || !caller.storeId().equals(storeId)) {
            throw new AccessDeniedException("A store's key erases in that store only");
        }
        return run(query, reason, Set.of(storeId), caller);
    }

    private ErasureResult run(
            OwnerQuery query, String reason, Collection<UUID> storeIds, @Nullable StoreApiPrincipal api) {
        if (query.isEmpty()) {
            throw new IllegalArgumentException(
                    "Say whose data to erase: a mobile, e-mail, plate, VIN, name or RO number.");
        }
        if (reason.isBlank()) {
            throw new IllegalArgumentException(
                    "Say why the owner's data is erased: the reason goes into the audit trail.");
        }
        long started = System.nanoTime();
        var result = Objects.requireNonNull(transactions.execute(status -> {
            var owned = visits.notErasedMatching(query, storeIds);
            var erased = erasers.erase(owned);
            audit(owned, erased, scrubbed(reason, query, owned), api);
            return erased;
        }));
        log.info(
                "Erased an owner's personal data: {} visits, {} in {} ms",
                result.visits(),
                result.rowsByTable(),
                (System.nanoTime() - started) / 1_000_000);
        return result;
    }

    private void audit(List<VisitSummary> owned, ErasureResult result, String reason, @Nullable StoreApiPrincipal api) {
        var storeIds = owned.stream().map(VisitSummary::storeId).collect(Collectors.toSet());
        var storeId = api != null
                ? api.storeId()
                : storeIds.size() == 1 ? storeIds.iterator().next() : null;
        var details = new LinkedHashMap<String, String>();
        details.put("visits", Integer.toString(result.visits()));
        if (storeIds.size() > 1) {
            details.put("storeCount", Integer.toString(storeIds.size()));
        }
        if (!owned.isEmpty()) {
            details.put(
                    "visitIds",
                    owned.stream()
                            .limit(MAX_VISIT_IDS)
                            .map(visit -> visit.id().toString())
                            .collect(Collectors.joining(" ")));
            details.put("erased", rows(result.rowsByTable()));
        }
        details.put("reason", reason);
        details.put("via", api != null ? "erasure.via.api" : "erasure.via.staff");
        if (api != null) {
            trail.recordAs("api:" + api.storeCode(), "STORE_API", AuditAction.ERASURE, storeId, SUBJECT, details);
        } else {
            trail.record(AuditAction.ERASURE, storeId, SUBJECT, details);
        }
    }

    /** What the audit entry is about: an owner, not named. */
    private static final String SUBJECT = "erasure.subject.owner";

    static String rows(Map<String, Integer> rowsByTable) {
        return rowsByTable.entrySet().stream()
                .map(entry -> entry.getKey() + " " + entry.getValue())
                .collect(Collectors.joining("; "));
    }

    /**
     * The reason as the audit trail keeps it: staff may name the owner in it ("Mr Wang asked by phone"), but the
     * trail is append-only and kept for years, so every value of the owner's and every part of the query reads as
     * the marker, and the reason is cut to {@value #MAX_REASON} characters (ADR 0050).
     */
    static String scrubbed(String reason, OwnerQuery query, List<VisitSummary> owned) {
        var forms = Stream.concat(
                        OwnerText.forms(OwnerVisits.identityOf(owned)).stream(),
                        Stream.of(query.mobile(), query.email(), query.plate(), query.vin(), query.name())
                                .filter(Objects::nonNull)
                                .map(String::strip)
                                .filter(value -> value.length() >= 2))
                .distinct()
                .sorted((a, b) -> Integer.compare(b.length(), a.length()))
                .toList();
        var scrubbed = OwnerText.scrub(reason.strip(), forms);
        return scrubbed.length() > MAX_REASON ? scrubbed.substring(0, MAX_REASON) + "…" : scrubbed;
    }
}
