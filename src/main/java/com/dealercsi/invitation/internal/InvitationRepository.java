package com.dealercsi.invitation.internal;

import com.dealercsi.invitation.InvitationState;
import jakarta.persistence.LockModeType;
import jakarta.persistence.QueryHint;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;

public interface InvitationRepository extends JpaRepository<Invitation, UUID> {

    boolean existsByVisitId(UUID visitId);

    Optional<Invitation> findByVisitId(UUID visitId);

    @Query("select i.id from Invitation i where i.visitId in :visitIds")
    List<UUID> findIdsByVisitIds(Collection<UUID> visitIds);

    @Query("""
            select i from Invitation i where i.tokenHash = :tokenHash or i.reminderTokenHash = :tokenHash
            or i.counterTokenHash = :tokenHash""")
    Optional<Invitation> findByTokenHash(String tokenHash);

    /** Rows another instance is already queueing are skipped, so two instances never queue one twice. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @QueryHints(@QueryHint(name = "jakarta.persistence.lock.timeout", value = "-2"))
    @Query("select i from Invitation i where i.state = :state and i.dueAt <= :now order by i.dueAt")
    List<Invitation> lockDue(InvitationState state, Instant now, Limit limit);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @QueryHints(@QueryHint(name = "jakarta.persistence.lock.timeout", value = "-2"))
    @Query("""
            select i from Invitation i where i.state = com.dealercsi.invitation.InvitationState.SENT
            and i.reminderQueued = false and i.reminderDueAt <= :now order by i.reminderDueAt""")
    List<Invitation> lockRemindersDue(Instant now, Limit limit);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @QueryHints(@QueryHint(name = "jakarta.persistence.lock.timeout", value = "-2"))
    @Query("select i from Invitation i where i.state in :states and i.expiresAt <= :now order by i.expiresAt")
    List<Invitation> lockRunOut(Collection<InvitationState> states, Instant now, Limit limit);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("""
            select i from Invitation i where i.tokenHash = :tokenHash or i.reminderTokenHash = :tokenHash
            or i.counterTokenHash = :tokenHash""")
    Optional<Invitation> lockByTokenHash(String tokenHash);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select i from Invitation i where i.visitId = :visitId")
    Optional<Invitation> lockByVisitId(UUID visitId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select i from Invitation i where i.id = :id")
    Optional<Invitation> lockById(UUID id);

    /** Invitations of this address that still wait for their mail or their reminder. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("""
            select i from Invitation i where i.emailHash = :emailHash and (i.state in :waiting
            or (i.state = com.dealercsi.invitation.InvitationState.SENT and i.reminderQueued = false))""")
    List<Invitation> lockPendingFor(String emailHash, Collection<InvitationState> waiting);

    /** Whether the store has invited this address (or is about to) since the given instant. */
    @Query("""
            select count(i) > 0 from Invitation i where i.emailHash = :emailHash and i.storeId = :storeId
            and i.state in :invited and (i.sentAt is null or i.sentAt >= :since)""")
    boolean invitedSince(String emailHash, UUID storeId, Collection<InvitationState> invited, Instant since);

    @Query("""
            select i from Invitation i where i.storeId in :storeIds and i.state in :states
            order by i.dueAt desc, i.id""")
    List<Invitation> findPage(Collection<UUID> storeIds, Collection<InvitationState> states, Pageable page);

    @Query("select count(i) from Invitation i where i.storeId in :storeIds and i.state in :states")
    long countPage(Collection<UUID> storeIds, Collection<InvitationState> states);

    @Query("select count(i) from Invitation i where i.storeId in :storeIds and i.sentAt >= :from and i.sentAt < :to")
    long countSent(Collection<UUID> storeIds, Instant from, Instant to);

    @Query("select i.storeId, count(i) from Invitation i where i.storeId in :storeIds and i.sentAt >= :from"
            + " and i.sentAt < :to group by i.storeId")
    List<Object[]> countSentByStore(Collection<UUID> storeIds, Instant from, Instant to);

    /** Per store and state: how many invitations wait, and the earliest due time among them. */
    @Query("""
            select i.storeId, i.state, count(i), min(i.dueAt) from Invitation i where i.state in :states
            group by i.storeId, i.state""")
    List<Object[]> countWaitingByStore(Collection<InvitationState> states);
}
