package com.dealercsi.invitation.internal;

import com.dealercsi.invitation.InvitationState;
import jakarta.persistence.LockModeType;
import jakarta.persistence.QueryHint;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;

public interface InvitationRepository extends JpaRepository<Invitation, UUID> {

    boolean existsByVisitId(UUID visitId);

    Optional<Invitation> findByTokenHash(String tokenHash);

    /** Rows another instance is already queueing are skipped, so two instances never queue one twice. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @QueryHints(@QueryHint(name = "jakarta.persistence.lock.timeout", value = "-2"))
    @Query("select i from Invitation i where i.state = :state and i.dueAt <= :now order by i.dueAt")
    List<Invitation> lockDue(InvitationState state, Instant now, Limit limit);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select i from Invitation i where i.tokenHash = :tokenHash")
    Optional<Invitation> lockByTokenHash(String tokenHash);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select i from Invitation i where i.id = :id")
    Optional<Invitation> lockById(UUID id);
}
