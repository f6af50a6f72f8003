package com.dealercsi.visit.internal;

import com.dealercsi.shared.AggregateRoot;
import com.dealercsi.shared.Language;
import com.dealercsi.visit.ServiceType;
import com.dealercsi.visit.VisitSummary;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A delivered repair order. Identified within its store by the RO number, so a repeat creates nothing. */
@Entity
@Table(name = "visit")
public class Visit extends AggregateRoot {

    private UUID storeId;
    private String roNumber;
    private String ownerName;
    private String email;
    private String phone;
    private String plate;
    private @Nullable String vin;
    private String model;

    @Enumerated(EnumType.STRING)
    private ServiceType serviceType;
    /** {@code null} while the advisor the DMS named is not one of the store's staff ("not matched"). */
    private @Nullable UUID advisorId;
    /** The matched advisor's name, or the name or code as the DMS gave it. */
    private String advisorName;

    private Instant deliveredAt;

    @Enumerated(EnumType.STRING)
    private Language language;

    private Instant receivedAt;
    /** When its delivery went into the outbox; {@code null} while an imported visit waits for the announcer. */
    private @Nullable Instant announcedAt;
    /** When the owner's personal data was erased, on request or by the retention job; set by a bulk update only. */
    private @Nullable Instant erasedAt;

    protected Visit() {
        this(
                new UUID(0, 0),
                "",
                "",
                "",
                "",
                "",
                null,
                "",
                ServiceType.MAINTENANCE,
                new UUID(0, 0),
                "",
                Instant.EPOCH,
                Language.ZH_CN,
                Instant.EPOCH);
    }

    public Visit(
            UUID storeId,
            String roNumber,
            String ownerName,
            String email,
            String phone,
            String plate,
            @Nullable String vin,
            String model,
            ServiceType serviceType,
            @Nullable UUID advisorId,
            String advisorName,
            Instant deliveredAt,
            Language language,
            Instant receivedAt) {
        this.storeId = storeId;
        this.roNumber = roNumber;
        this.ownerName = ownerName;
        this.email = email;
        this.phone = phone;
        this.plate = plate;
        this.vin = vin;
        this.model = model;
        this.serviceType = serviceType;
        this.advisorId = advisorId;
        this.advisorName = advisorName;
        this.deliveredAt = deliveredAt;
        this.language = language;
        this.receivedAt = receivedAt;
        this.announcedAt = receivedAt;
    }

    /** Stored now, announced later by the announcer (file imports: thousands of visits at once). */
    public Visit announcedLater() {
        this.announcedAt = null;
        return this;
    }

    public boolean isAdvisorMatched() {
        return advisorId != null;
    }

    /**
     * An administrator said who the advisor named by the DMS is: from now on the visit, its answers and its scores
     * count for that member of staff.
     *
     * @throws IllegalStateException when the visit has its advisor already
     */
    public void matchAdvisor(UUID staffId, String staffName) {
        if (advisorId != null) {
            throw new IllegalStateException("Visit " + getId() + " has its advisor already");
        }
        this.advisorId = staffId;
        this.advisorName = staffName;
    }

    public VisitSummary toSummary() {
        return new VisitSummary(
                getId(),
                storeId,
                roNumber,
                ownerName,
                email,
                phone,
                plate,
                vin,
                model,
                serviceType,
                advisorName,
                deliveredAt,
                language);
    }
}
