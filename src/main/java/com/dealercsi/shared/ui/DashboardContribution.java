package com.dealercsi.shared.ui;

import com.vaadin.flow.component.Component;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A panel a feature adds to the dashboard without the dashboard knowing the feature: a feature that reads the
 * dashboard's figures could not be named by it without a cycle between the two. Beans of this type are asked, in
 * their {@code @Order}, every time the dashboard draws its panels.
 */
public interface DashboardContribution {

    /**
     * @param storeIds the stores the dashboard shows (already limited to those the user may see)
     * @param from the period's first day, in the stores' time zone
     * @param to the period's last day
     * @return empty when the feature has nothing to show this user here
     */
    Optional<Component> panel(Set<UUID> storeIds, LocalDate from, LocalDate to);
}
