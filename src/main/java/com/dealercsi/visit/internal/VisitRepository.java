package com.dealercsi.visit.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface VisitRepository extends JpaRepository<Visit, UUID> {

    Optional<Visit> findByStoreIdAndRoNumber(UUID storeId, String roNumber);
}
