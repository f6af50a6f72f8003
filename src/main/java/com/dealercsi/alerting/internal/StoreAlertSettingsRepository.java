package com.dealercsi.alerting.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StoreAlertSettingsRepository extends JpaRepository<StoreAlertSettings, UUID> {

    Optional<StoreAlertSettings> findByStoreId(UUID storeId);
}
