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
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;

public interface FollowUpRepository extends JpaRepository<FollowUp, UUID> {

    Optional<FollowUp> findByCaseId(UUID caseId);

    List<FollowUp> findByCaseIdIn(Collection<UUID> caseIds);

    Optional<FollowUp> findByTokenHash(String tokenHash);

    /** Rows another instance holds are skipped, so even without the scheduler lock none is queued twice. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @QueryHints(@QueryHint(name = "jakarta.persistence.lock.timeout", value = "-2"))
    @Query("""
            select f from FollowUp f
            where f.status = com.dealercsi.recovery.FollowUpStatus.SCHEDULED and f.dueAt <= :now
            order by f.dueAt""")
    List<FollowUp> lockDue(Instant now, Limit limit);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select f from FollowUp f where f.id = :id")
    Optional<FollowUp> lockById(UUID id);

    /** Two taps on "send" wait for each other here; the second then finds the survey answered. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select f from FollowUp f where f.tokenHash = :tokenHash")
    Optional<FollowUp> lockByTokenHash(String tokenHash);
}
