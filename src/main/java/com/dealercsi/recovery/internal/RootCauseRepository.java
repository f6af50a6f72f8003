package com.dealercsi.recovery.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RootCauseRepository extends JpaRepository<RootCause, UUID> {

    List<RootCause> findAllByOrderByPositionAsc();

    @Query("select count(c) from RecoveryCase c join c.causeIds used where used = :causeId")
    long uses(UUID causeId);

    @Query("select distinct used from RecoveryCase c join c.causeIds used")
    List<UUID> usedIds();

    @Query("select coalesce(max(c.position), 0) from RootCause c")
    int lastPosition();
}
