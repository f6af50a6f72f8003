package com.dealercsi.visit.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface VisitRepository extends JpaRepository<Visit, UUID> {

    Optional<Visit> findByStoreIdAndRoNumber(UUID storeId, String roNumber);

    /** Which of these RO numbers the store has already (compared as the unique key compares: ignoring case). */
    @Query("select v.roNumber from Visit v where v.storeId = :storeId and v.roNumber in :roNumbers")
    List<String> findRoNumbers(UUID storeId, Collection<String> roNumbers);

    /** Imported visits still to be announced, oldest first; rows another instance is announcing are skipped. */
    @Query(
            value = "select * from visit where announced_at is null order by received_at limit :limit "
                    + "for update skip locked",
            nativeQuery = true)
    List<Visit> lockUnannounced(int limit);

    boolean existsByAnnouncedAtIsNull();

    /** Advisor names the stores' DMSs sent that are not (yet) their staff, with how many visits carry each. */
    @Query("select v.storeId as storeId, v.advisorName as name, count(v) as visits, max(v.deliveredAt) as lastDelivered"
            + " from Visit v where v.storeId in :storeIds and v.advisorId is null"
            + " group by v.storeId, v.advisorName order by count(v) desc, v.advisorName")
    List<UnmatchedAdvisorRow> unmatchedAdvisors(Collection<UUID> storeIds);

    interface UnmatchedAdvisorRow {
        UUID getStoreId();

        String getName();

        long getVisits();

        Instant getLastDelivered();
    }

    @Query(
            "select v from Visit v where v.storeId = :storeId and v.advisorId is null and lower(v.advisorName) = :nameKey")
    List<Visit> unmatchedNamed(UUID storeId, String nameKey);

    @Modifying
    @Query("update Visit v set v.announcedAt = :now where v.id in :ids")
    int markAnnounced(Collection<UUID> ids, Instant now);

    /** One owner's visits: every given part must match; a null part is not compared. */
    @Query("select v from Visit v where v.storeId in :storeIds"
            + " and (:phone is null or v.phone = :phone) and (:email is null or v.email = :email)"
            + " and (:plate is null or v.plate = :plate) and (:vin is null or v.vin = :vin)"
            + " and (:name is null or v.ownerName = :name) and (:roNumber is null or v.roNumber = :roNumber)"
            + " order by v.deliveredAt desc")
    List<Visit> findOwner(
            Collection<UUID> storeIds,
            @Nullable String phone,
            @Nullable String email,
            @Nullable String plate,
            @Nullable String vin,
            @Nullable String name,
            @Nullable String roNumber);

    /** Of these visits, the ones whose personal data is erased already. */
    @Query("select v.id from Visit v where v.id in :ids and v.erasedAt is not null")
    List<UUID> findErased(Collection<UUID> ids);

    /** Visits delivered before the instant whose data is not erased yet, oldest first (key visit_retention). */
    @Query("select v from Visit v where v.erasedAt is null and v.deliveredAt < :before order by v.deliveredAt")
    List<Visit> findNotErasedDeliveredBefore(Instant before, Limit limit);

    @Query("select distinct v.storeId from Visit v where v.id in :ids")
    List<UUID> findStoreIds(Collection<UUID> ids);

    /**
     * Erases the owner's personal data of these visits (ADR 0050): name and plate read as the marker, e-mail and
     * mobile are empty (so nothing mails or dials them), the VIN is gone. RO number, model, service type, advisor
     * and dates stay, so every figure stays.
     */
    @Modifying
    @Query("update Visit v set v.ownerName = :marker, v.email = '', v.phone = '', v.plate = :marker, v.vin = null,"
            + " v.erasedAt = :now where v.id in :ids and v.erasedAt is null")
    int erase(Collection<UUID> ids, String marker, Instant now);
}
