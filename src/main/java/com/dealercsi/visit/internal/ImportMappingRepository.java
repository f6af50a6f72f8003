package com.dealercsi.visit.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ImportMappingRepository extends JpaRepository<ImportMapping, UUID> {

    Optional<ImportMapping> findByStoreId(UUID storeId);

    java.util.List<ImportMapping> findByStoreIdIn(java.util.Collection<UUID> storeIds);
}
