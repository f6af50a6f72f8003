package com.dealercsi.alerting;

import com.dealercsi.admin.StoreRef;
import com.dealercsi.admin.Stores;
import com.dealercsi.alerting.internal.StoreAlertSettingsStore;
import com.dealercsi.audit.AuditAction;
import com.dealercsi.audit.AuditTrail;
import com.dealercsi.security.CurrentStaff;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** Reads and changes a store's alert settings, for managers of that store and administrators. */
@Service
@PreAuthorize("hasAnyRole('ADMIN', 'GROUP_MANAGER', 'GENERAL_MANAGER', 'STORE_MANAGER')")
public class AlertSettingsService {

    private final StoreAlertSettingsStore settings;
    private final Stores stores;
    private final AuditTrail audit;

    AlertSettingsService(StoreAlertSettingsStore settings, Stores stores, AuditTrail audit) {
        this.audit = audit;
        this.settings = settings;
        this.stores = stores;
    }

    public AlertSettings of(UUID storeId) {
        CurrentStaff.requireVisible(stores, storeId);
        return settings.of(storeId);
    }

    /** Stores the settings if they have no problems; otherwise stores nothing and returns the problems. */
    @org.springframework.transaction.annotation.Transactional
    public List<AlertSettings.Problem> save(UUID storeId, AlertSettings changed) {
        CurrentStaff.requireVisible(stores, storeId);
        var problems = changed.problems();
        if (problems.isEmpty()) {
            settings.save(storeId, changed, CurrentStaff.require().displayName());
            audit.record(
                    AuditAction.SETTINGS_CHANGED,
                    storeId,
                    "audit.setting.alertRules",
                    java.util.Map.of(
                            "overallAtMost",
                            Integer.toString(changed.overallAtMost()),
                            "npsAtMost",
                            Integer.toString(changed.npsAtMost()),
                            "factorBelow",
                            Double.toString(changed.factorBelow()),
                            "keywords",
                            Integer.toString(changed.keywordsZh().size()
                                    + changed.keywordsEn().size()),
                            "webhooks",
                            Integer.toString(changed.webhooks().size())));
        }
        return problems;
    }

    public List<StoreRef> editableStores() {
        return CurrentStaff.visibleStores(stores);
    }
}
