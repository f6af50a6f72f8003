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
    private UUID advisorId;
    private String advisorName;
    private Instant deliveredAt;
    @Enumerated(EnumType.STRING)
    private Language language;
    private Instant receivedAt;
    /** When its delivery went into the outbox; {@code null} while an imported visit waits for the announcer. */
    private @Nullable Instant announcedAt;

    protected Visit() {
        this(new UUID(0, 0), "", "", "", "", "", null, "", ServiceType.MAINTENANCE, new UUID(0, 0), "", Instant.EPOCH,
                Language.ZH_CN, Instant.EPOCH);
    }

    public Visit(UUID storeId, String roNumber, String ownerName, String email, String phone, String plate,
            @Nullable String vin, String model, ServiceType serviceType, UUID advisorId, String advisorName,
            Instant deliveredAt, Language language, Instant receivedAt) {
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


    public VisitSummary toSummary() {
        return new VisitSummary(getId(), storeId, roNumber, ownerName, email, phone, plate, vin, model, serviceType,
                advisorName, deliveredAt, language);
    }
}
