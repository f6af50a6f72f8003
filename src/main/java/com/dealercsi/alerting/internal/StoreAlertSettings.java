package com.dealercsi.alerting.internal;

import com.dealercsi.alerting.AlertSettings;
import com.dealercsi.shared.AggregateRoot;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;

/**
 * A store's alert settings, kept as one JSON document: they are read and written whole, and never queried by
 * field. Only settings without problems are stored.
 */
@Entity
@Table(name = "alert_store_settings")
public class StoreAlertSettings extends AggregateRoot {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private UUID storeId;
    private String settings;
    private Instant updatedAt;
    private String updatedBy;

    @Version
    private int version;

    protected StoreAlertSettings() {
        this.storeId = new UUID(0, 0);
        this.settings = "";
        this.updatedAt = Instant.EPOCH;
        this.updatedBy = "";
    }

    StoreAlertSettings(UUID storeId) {
        this();
        this.storeId = storeId;
    }

    void change(AlertSettings changed, String by, Instant now) {
        if (!changed.problems().isEmpty()) {
            throw new IllegalArgumentException("Alert settings with problems: " + changed.problems());
        }
        this.settings = JSON.writeValueAsString(changed);
        this.updatedBy = by;
        this.updatedAt = now;
    }

    public AlertSettings settings() {
        return JSON.readValue(settings, AlertSettings.class);
    }

    String json() {
        return settings;
    }

    public UUID storeId() {
        return storeId;
    }
}
