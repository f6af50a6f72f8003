package com.dealercsi.alerting.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AlertRepository extends JpaRepository<Alert, UUID> {

    boolean existsByResponseId(UUID responseId);

    Optional<Alert> findByResponseId(UUID responseId);

    List<Alert> findByResponseIdIn(Collection<UUID> responseIds);
}
