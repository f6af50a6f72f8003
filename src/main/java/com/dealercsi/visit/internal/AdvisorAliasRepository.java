package com.dealercsi.visit.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AdvisorAliasRepository extends JpaRepository<AdvisorAlias, UUID> {

    Optional<AdvisorAlias> findByStoreIdAndNameKey(UUID storeId, String nameKey);
}
