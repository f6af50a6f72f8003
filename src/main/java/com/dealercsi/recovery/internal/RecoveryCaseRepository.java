package com.dealercsi.recovery.internal;

import jakarta.persistence.LockModeType;
import jakarta.persistence.QueryHint;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;

public interface RecoveryCaseRepository
        extends JpaRepository<RecoveryCase, UUID>, JpaSpecificationExecutor<RecoveryCase> {

    boolean existsByAlertId(UUID alertId);

    /** Cases closed with a follow-up outcome in [from, to), with their causes, for the cause reports. */
    @Query("""
            select distinct c from RecoveryCase c left join fetch c.causeIds
            where c.storeId in :storeIds and c.status = com.dealercsi.recovery.CaseStatus.CLOSED
              and c.closedAt >= :from and c.closedAt < :to""")
    List<RecoveryCase> closedBetween(Collection<UUID> storeIds, Instant from, Instant to);

    /** Cases of the stores still open past a due time at {@code now}: the rule of {@link RecoveryCase#isOverdue}. */
    @Query("""
            select c from RecoveryCase c
            where c.storeId in :storeIds
              and c.status not in (com.dealercsi.recovery.CaseStatus.CLOSED,
                                   com.dealercsi.recovery.CaseStatus.CLOSED_UNREACHABLE)
              and ((c.status = com.dealercsi.recovery.CaseStatus.OPEN and c.acknowledgeDue < :now)
                   or (c.firstContactAt is null and c.firstContactDue < :now)
                   or c.closeDue < :now)
            order by c.closeDue""")
    List<RecoveryCase> overdue(Collection<UUID> storeIds, Instant now, Limit limit);

    Optional<RecoveryCase> findByAlertId(UUID alertId);

    /**
     * Cases past a due time that have not been escalated for it. Rows another instance holds are skipped, so
     * even without the scheduler lock no breach is mailed twice.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @QueryHints(@QueryHint(name = "jakarta.persistence.lock.timeout", value = "-2"))
    @Query("""
            select c from RecoveryCase c
            where (c.status = com.dealercsi.recovery.CaseStatus.OPEN and c.acknowledgeDue <= :now
                   and c.acknowledgeEscalatedAt is null)
               or (c.status not in (com.dealercsi.recovery.CaseStatus.CLOSED,
                                    com.dealercsi.recovery.CaseStatus.CLOSED_UNREACHABLE)
                   and c.closeDue <= :now and c.closeEscalatedAt is null)
            order by c.openedAt""")
    List<RecoveryCase> lockBreached(Instant now, Limit limit);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from RecoveryCase c where c.id = :id")
    Optional<RecoveryCase> lockById(UUID id);
}
