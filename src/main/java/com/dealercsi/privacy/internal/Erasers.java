package com.dealercsi.privacy.internal;

import com.dealercsi.privacy.ErasureResult;
import com.dealercsi.shared.privacy.PersonalDataEraser;
import com.dealercsi.visit.OwnerVisits;
import com.dealercsi.visit.VisitSummary;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erases a set of visits' personal data everywhere it lives: every feature's {@link PersonalDataEraser}, then the
 * visits themselves (last, as the others may still read them), all in the caller's transaction. The one way both an
 * erasure on request and the retention job erase.
 */
@Component
public class Erasers {

    private final List<PersonalDataEraser> features;
    private final OwnerVisits visits;

    Erasers(List<PersonalDataEraser> features, OwnerVisits visits) {
        this.features = features;
        this.visits = visits;
    }

    /** @return the visits covered and rows changed by table (tables without a change left out) */
    @Transactional(propagation = Propagation.MANDATORY)
    public ErasureResult erase(List<VisitSummary> owned) {
        if (owned.isEmpty()) {
            return new ErasureResult(0, Map.of());
        }
        var identity = OwnerVisits.identityOf(owned);
        var rows = new TreeMap<String, Integer>();
        for (var feature : features) {
            add(rows, feature.erase(identity));
        }
        add(rows, visits.erase(identity));
        return new ErasureResult(owned.size(), Collections.unmodifiableSortedMap(rows));
    }

    private static void add(Map<String, Integer> total, Map<String, Integer> rows) {
        rows.forEach((table, count) -> {
            if (count > 0) {
                total.merge(table, count, Integer::sum);
            }
        });
    }
}
