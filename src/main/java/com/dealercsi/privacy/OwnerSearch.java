package com.dealercsi.privacy;

import com.dealercsi.admin.StoreRef;
import com.dealercsi.admin.Stores;
import com.dealercsi.audit.AuditAction;
import com.dealercsi.audit.AuditTrail;
import com.dealercsi.privacy.internal.OwnerRecords;
import com.dealercsi.security.CurrentStaff;
import com.dealercsi.shared.privacy.OwnerQuery;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds one owner (PIPL Art. 45 and 47) in the stores the signed-in administrator or customer-service manager
 * may see, with everything every feature holds about them. Each search is a reveal of personal data and is
 * audited by which parts were searched by and how much was found, never by the values.
 */
@Service
public class OwnerSearch {

    /** Who may look an owner up, give them their data or erase it. */
    public static final String WHO = "hasAnyRole('ADMIN', 'CUSTOMER_SERVICE_MANAGER')";

    private final OwnerRecords records;
    private final Stores stores;
    private final AuditTrail trail;

    OwnerSearch(OwnerRecords records, Stores stores, AuditTrail trail) {
        this.records = records;
        this.stores = stores;
        this.trail = trail;
    }

    /** The owner's visits in the user's stores matching every filled part of the query; none for an empty one. */
    @PreAuthorize(WHO)
    @Transactional(readOnly = true)
    public OwnerFound search(OwnerQuery query) {
        var found = find(query);
        audit(found, AuditAction.REVEAL, "audit.subject.ownerSearch", Map.of());
        return found;
    }

    /** The same search without its own audit entry, for the access file, which records its own. */
    OwnerFound find(OwnerQuery query) {
        var visible = CurrentStaff.visibleStoreIds(stores);
        var byId = stores.all().stream()
                .filter(store -> visible.contains(store.id()))
                .collect(Collectors.toMap(StoreRef::id, Function.identity()));
        return records.of(query, byId);
    }

    void audit(OwnerFound found, AuditAction action, String subject, Map<String, String> more) {
        var details = new LinkedHashMap<String, String>();
        details.put("searchedBy", String.join(",", found.searchedBy()));
        details.put("visits", Integer.toString(found.visits().size()));
        details.put("records", Integer.toString(found.records()));
        details.putAll(more);
        var storeIds = found.visits().stream()
                .map(visit -> visit.visit().storeId())
                .distinct()
                .toList();
        if (storeIds.isEmpty()) {
            // nothing found still shows someone looked: in their one store, or for administrators
            var visible = CurrentStaff.visibleStoreIds(stores);
            trail.record(action, visible.size() == 1 ? visible.iterator().next() : null, subject, details);
            return;
        }
        for (UUID storeId : storeIds) {
            trail.record(action, storeId, subject, details);
        }
    }
}
