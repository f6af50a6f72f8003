package com.dealercsi.visit.internal;

import com.dealercsi.shared.AggregateRoot;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * What a store's DMS calls one of its advisors (a nickname, an old code, a typo it keeps making), once an
 * administrator said who it is: later visits naming it go to that advisor at once.
 */
@Entity
@Table(name = "visit_advisor_alias")
public class AdvisorAlias extends AggregateRoot {

    private UUID storeId;
    private String nameKey;
    private UUID staffId;
    private Instant createdAt;
    private String createdBy;

    protected AdvisorAlias() {
        this(new UUID(0, 0), "", new UUID(0, 0), Instant.EPOCH, "");
    }

    public AdvisorAlias(UUID storeId, String name, UUID staffId, Instant createdAt, String createdBy) {
        this.storeId = storeId;
        this.nameKey = key(name);
        this.staffId = staffId;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public UUID staffId() {
        return staffId;
    }

    /** Names compare as people read them: no case, no surrounding spaces. */
    public static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
