package com.dealercsi.shared;

import java.util.Set;
import java.util.UUID;

/**
 * The stores a signed-in principal may see, for low-level modules that cannot ask the security module (the audit
 * trail is used by every feature, so it depends on none of them). The logged-in member of staff implements it.
 */
public interface StoreScope {

    /** The stores the principal is given; meaningless when {@link #seesAllStores()}. */
    Set<UUID> storeIds();

    /** Administrators and group managers see every store. */
    boolean seesAllStores();
}
