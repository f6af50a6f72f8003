package com.dealercsi.targets;

import java.util.Map;

/**
 * What the settings screen shows for one store (or the group) and one year or month.
 *
 * @param stored the targets set at exactly this level
 * @param inherited what applies at this level when nothing is set here: the store's year, the group's month or
 *     year, by the resolution order
 */
public record TargetSheet(Map<Metric, Double> stored, Map<Metric, Double> inherited) {

    public TargetSheet {
        stored = Map.copyOf(stored);
        inherited = Map.copyOf(inherited);
    }
}
