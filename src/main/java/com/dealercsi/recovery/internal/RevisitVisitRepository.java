package com.dealercsi.recovery.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RevisitVisitRepository extends JpaRepository<RevisitVisit, UUID> {

    /**
     * Candidates for the call list; the entity decides which are due (retry spacing, finished calls). Owners
     * without e-mail are candidates from delivery on: no survey mail will reach them.
     */
    @Query("""
            select v from RevisitVisit v
            where v.storeId in :storeIds and v.answeredAt is null
              and (v.deliveredAt <= :deliveredBefore or v.noEmail = true)
              and v.deliveredAt >= :deliveredAfter
            order by v.deliveredAt""")
    List<RevisitVisit> unanswered(Collection<UUID> storeIds, Instant deliveredBefore, Instant deliveredAfter);

    @Query("select v from RevisitVisit v where v.storeId = :storeId and v.deliveredAt >= :from and v.deliveredAt < :to")
    List<RevisitVisit> deliveredBetween(UUID storeId, Instant from, Instant to);
}
