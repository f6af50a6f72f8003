package com.dealercsi.admin.internal;

import com.dealercsi.admin.StoreRef;
import com.dealercsi.shared.AggregateRoot;
import com.dealercsi.shared.Hashing;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "store")
public class Store extends AggregateRoot {

    private String code;
    private String name;
    private String timeZone;
    private @Nullable String contactPhone;
    private @Nullable String apiKeyHash;
    private Instant createdAt;

    protected Store() {
        this.code = "";
        this.name = "";
        this.timeZone = "Asia/Shanghai";
        this.createdAt = Instant.EPOCH;
    }

    public Store(String code, String name, ZoneId timeZone, @Nullable String contactPhone, Instant createdAt) {
        this.code = code.trim();
        this.name = name.trim();
        this.timeZone = timeZone.getId();
        this.contactPhone = contactPhone;
        this.createdAt = createdAt;
    }

    /** Only the hash is kept; the key itself is shown once to whoever set it. */
    public void useApiKey(String apiKey) {
        if (apiKey.length() < 12) {
            throw new IllegalArgumentException("An API key needs at least 12 characters");
        }
        this.apiKeyHash = Hashing.sha256Hex(apiKey);
    }

    public StoreRef toRef() {
        return new StoreRef(getId(), code, name, ZoneId.of(timeZone), contactPhone);
    }

    /** The code stays: DMS exports and API clients know the store by it. */
    public void update(String name, ZoneId timeZone, @Nullable String contactPhone) {
        this.name = name.trim();
        this.timeZone = timeZone.getId();
        this.contactPhone = contactPhone == null || contactPhone.isBlank() ? null : contactPhone.trim();
    }
}
