package com.dealercsi.recovery.internal;

import com.dealercsi.recovery.DueTimes;
import com.dealercsi.recovery.RecoveryProperties;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StoreDueTimesRepository extends JpaRepository<StoreDueTimes, UUID> {

    /** The store's own times, or the application's defaults. */
    default DueTimes timesOf(UUID storeId, RecoveryProperties defaults) {
        return findById(storeId).map(StoreDueTimes::times).orElseGet(() -> DueTimes.of(defaults));
    }
}
