package com.dealercsi.visit.internal;

import com.dealercsi.shared.privacy.OwnerIdentity;
import com.dealercsi.shared.privacy.OwnerText;
import com.dealercsi.shared.privacy.PersonalDataEraser;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The visit feature's part of an erasure, run after every other feature's (they may still read the visit): the
 * owner's name, e-mail, mobile, plate and VIN on the visits, and any import-mapping header that is one of them
 * (ADR 0050). Not a {@link PersonalDataEraser} bean itself, so that the privacy feature can run it last, through
 * {@code visit.OwnerVisits#erase}.
 */
@Component
public class VisitErasure {

    private final VisitRepository visits;
    private final ImportMappingRepository mappings;
    private final Clock clock;

    VisitErasure(VisitRepository visits, ImportMappingRepository mappings, Clock clock) {
        this.visits = visits;
        this.mappings = mappings;
        this.clock = clock;
    }

    /** In the caller's transaction; rows changed by table. */
    public Map<String, Integer> erase(OwnerIdentity owner) {
        var rows = new LinkedHashMap<String, Integer>();
        if (owner.visitIds().isEmpty()) {
            return rows;
        }
        var folded = OwnerText.foldedForms(owner);
        int mappingsChanged = 0;
        for (var mapping : mappings.findByStoreIdIn(visits.findStoreIds(owner.visitIds()))) {
            if (mapping.erase(folded, PersonalDataEraser.MARKER)) {
                mappings.save(mapping);
                mappingsChanged++;
            }
        }
        rows.put("visit", visits.erase(owner.visitIds(), PersonalDataEraser.MARKER, clock.instant()));
        rows.put("visit_import_mapping", mappingsChanged);
        return rows;
    }
}
