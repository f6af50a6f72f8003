package com.dealercsi.alerting.internal;

import com.dealercsi.alerting.AlertSettings;
import java.time.Clock;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Loads a store's settings (or the defaults) and saves a new version, keeping every earlier one. */
@Component
public class StoreAlertSettingsStore {

    private final StoreAlertSettingsRepository repository;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    StoreAlertSettingsStore(StoreAlertSettingsRepository repository, JdbcTemplate jdbc, Clock clock) {
        this.repository = repository;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public AlertSettings of(UUID storeId) {
        return repository
                .findByStoreId(storeId)
                .map(StoreAlertSettings::settings)
                .orElseGet(AlertSettings::defaults);
    }

    @Transactional
    public void save(UUID storeId, AlertSettings changed, String by) {
        var now = clock.instant();
        var stored = repository.findByStoreId(storeId).orElseGet(() -> new StoreAlertSettings(storeId));
        stored.change(changed, by, now);
        repository.save(stored);
        jdbc.update(
                "insert into alert_store_settings_history (id, store_id, settings, changed_at, changed_by) "
                        + "values (?, ?, ?, ?, ?)",
                UUID.randomUUID(),
                storeId,
                stored.json(),
                java.sql.Timestamp.from(now),
                by);
    }
}
