package com.dealercsi.admin.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StoreRepository extends JpaRepository<Store, UUID> {

    Optional<Store> findByApiKeyHash(String apiKeyHash);

    Optional<Store> findByCode(String code);
}
