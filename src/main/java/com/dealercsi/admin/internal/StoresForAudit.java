package com.dealercsi.admin.internal;

import com.dealercsi.audit.AuditStoreDirectory;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Names the stores on the audit page; the audit trail cannot ask the store administration itself. */
@Component
class StoresForAudit implements AuditStoreDirectory {

    private final StoreRepository stores;

    StoresForAudit(StoreRepository stores) {
        this.stores = stores;
    }

    @Override
    @Transactional(readOnly = true)
    public List<AuditStore> stores() {
        return stores.findAll().stream()
                .map(Store::toRef)
                .map(store -> new AuditStore(store.id(), store.name(), store.timeZone()))
                .toList();
    }
}
