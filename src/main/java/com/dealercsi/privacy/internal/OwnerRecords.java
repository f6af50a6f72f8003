package com.dealercsi.privacy.internal;

import com.dealercsi.admin.StoreRef;
import com.dealercsi.privacy.OwnerFound;
import com.dealercsi.privacy.OwnerVisit;
import com.dealercsi.shared.privacy.OwnerQuery;
import com.dealercsi.shared.privacy.PersonalDataFinder;
import com.dealercsi.shared.privacy.PersonalRecord;
import com.dealercsi.visit.OwnerVisits;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Asks the visit feature for the owner's visits, then every feature for what it holds about them. */
@Component
public class OwnerRecords {

    private static final Comparator<PersonalRecord> OLDEST_FIRST =
            Comparator.comparing(PersonalRecord::at, Comparator.nullsLast(Comparator.<Instant>naturalOrder()));

    private final OwnerVisits visits;
    private final List<PersonalDataFinder> finders;

    OwnerRecords(OwnerVisits visits, List<PersonalDataFinder> finders) {
        this.visits = visits;
        this.finders = finders;
    }

    /** The owner's visits in these stores, each with its records; the stores are the ones the user may see. */
    public OwnerFound of(OwnerQuery query, Map<UUID, StoreRef> stores) {
        var searchedBy = SearchedBy.of(query);
        var owned = visits.matching(query, stores.keySet());
        if (owned.isEmpty()) {
            return new OwnerFound(query, searchedBy, List.of());
        }
        var byVisit = finders.stream()
                .flatMap(finder -> finder.recordsOf(OwnerVisits.identityOf(owned)).stream())
                .collect(Collectors.groupingBy(PersonalRecord::visitId));
        var result = new ArrayList<OwnerVisit>();
        for (var visit : owned) {
            var store = stores.get(visit.storeId());
            var records = new ArrayList<>(byVisit.getOrDefault(visit.id(), List.of()));
            // the visit first, then what followed it in the order it happened
            records.sort(Comparator.comparing((PersonalRecord r) -> !r.kind().equals("privacy.record.visit"))
                    .thenComparing(OLDEST_FIRST));
            result.add(new OwnerVisit(visit, store.name(), store.timeZone(), List.copyOf(records)));
        }
        return new OwnerFound(query, searchedBy, List.copyOf(result));
    }
}
