package com.dealercsi.audit;

import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * The stores, as the audit page names them. Implemented by the store administration: the audit trail is used
 * by every feature and so depends on none of them.
 */
public interface AuditStoreDirectory {

    List<AuditStore> stores();

    /** A store by its name and time zone. */
    record AuditStore(UUID id, String name, ZoneId timeZone) {}
}
