package com.dealercsi.privacy;

import com.dealercsi.shared.privacy.OwnerQuery;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Erases one owner's personal data on request (PIPL Art. 47) everywhere it lives, keeping every score and count
 * (ADR 0050).
 */
@Service
public class OwnerErasure {

    /** Erases the owner in the stores the signed-in administrator or customer-service manager may see. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CUSTOMER_SERVICE_MANAGER')")
    public ErasureResult erase(OwnerQuery query, String reason) {
        throw new UnsupportedOperationException("being built on branch erase");
    }

    /** Erases the owner in the store whose DMS asks, by RO number, mobile or e-mail. */
    @PreAuthorize("hasRole('STORE_API')")
    public ErasureResult eraseForStore(UUID storeId, OwnerQuery query, String reason) {
        throw new UnsupportedOperationException("being built on branch erase");
    }
}
