package com.dealercsi.plans.internal;

import com.dealercsi.plans.PlanStatus;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ActionPlanRepository extends JpaRepository<ActionPlan, UUID> {

    List<PlanStatus> ACTIVE = List.of(PlanStatus.OPEN, PlanStatus.IN_PROGRESS);

    /**
     * The plans the list shows, soonest due first: those of the given stores, and those the viewer owns.
     * {@code today} is the store group's day, for "overdue".
     */
    @Query("select p from ActionPlan p where (p.storeId in :stores or p.ownerStaffId = :me)"
            + " and (:store is null or p.storeId = :store)"
            + " and (:status is null or p.status = :status)"
            + " and (:overdue = false or (p.status in :active and p.dueDate < :today))"
            + " order by case when p.status in :active then 0 else 1 end, p.dueDate, p.openedAt")
    List<ActionPlan> find(
            @Param("stores") Collection<UUID> stores,
            @Param("me") UUID me,
            @Param("store") @Nullable UUID store,
            @Param("status") @Nullable PlanStatus status,
            @Param("overdue") boolean overdue,
            @Param("active") Collection<PlanStatus> active,
            @Param("today") LocalDate today,
            Pageable page);

    @Query("select count(p) from ActionPlan p where (p.storeId in :stores or p.ownerStaffId = :me)"
            + " and (:store is null or p.storeId = :store)"
            + " and (:status is null or p.status = :status)"
            + " and (:overdue = false or (p.status in :active and p.dueDate < :today))")
    long count(
            @Param("stores") Collection<UUID> stores,
            @Param("me") UUID me,
            @Param("store") @Nullable UUID store,
            @Param("status") @Nullable PlanStatus status,
            @Param("overdue") boolean overdue,
            @Param("active") Collection<PlanStatus> active,
            @Param("today") LocalDate today);

    /** Running plans of these stores, and those finished since the given moment: the dashboard's plan panel. */
    @Query("select p from ActionPlan p where p.storeId in :stores"
            + " and (p.status in :active or (p.status = com.dealercsi.plans.PlanStatus.DONE and p.finishedAt >= :since))"
            + " order by p.openedAt desc")
    List<ActionPlan> runningOrDoneSince(
            @Param("stores") Collection<UUID> stores,
            @Param("active") Collection<PlanStatus> active,
            @Param("since") Instant since,
            Limit limit);

    /** Running plans of these stores due on or before a day: the digest's "due this week and overdue". */
    @Query("select p from ActionPlan p where p.storeId in :stores and p.status in :active and p.dueDate <= :latest"
            + " order by p.dueDate, p.openedAt")
    List<ActionPlan> runningDueBy(
            @Param("stores") Collection<UUID> stores,
            @Param("active") Collection<PlanStatus> active,
            @Param("latest") LocalDate latest);

    /**
     * Running plans due on or before a day, locked for the reminder job: a second node waits here and then finds
     * them marked.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from ActionPlan p where p.status in :active and p.dueDate <= :latest order by p.dueDate")
    List<ActionPlan> lockRunningDueBy(
            @Param("active") Collection<PlanStatus> active, @Param("latest") LocalDate latest, Limit limit);
}
