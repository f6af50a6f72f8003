package com.dealercsi.visit.internal;

import com.dealercsi.shared.privacy.OwnerIdentity;
import com.dealercsi.shared.privacy.PersonalDataFinder;
import com.dealercsi.shared.privacy.PersonalRecord;
import com.dealercsi.shared.privacy.RecordFields;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The visits themselves: what the DMS, the form or the import delivered about the owner and their car. */
@Component
class VisitRecordsFinder implements PersonalDataFinder {

    private final VisitRepository visits;

    VisitRecordsFinder(VisitRepository visits) {
        this.visits = visits;
    }

    @Override
    @Transactional(readOnly = true)
    public List<PersonalRecord> recordsOf(OwnerIdentity owner) {
        return visits.findAllById(owner.visitIds()).stream()
                .map(Visit::toSummary)
                .sorted(Comparator.comparing(com.dealercsi.visit.VisitSummary::deliveredAt))
                .map(visit -> new PersonalRecord(
                        "privacy.record.visit",
                        visit.id(),
                        visit.storeId(),
                        visit.deliveredAt(),
                        new RecordFields()
                                .text("privacy.field.roNumber", visit.roNumber())
                                .text("privacy.field.ownerName", visit.ownerName())
                                .text("privacy.field.mobile", visit.phone())
                                .text("privacy.field.email", visit.email())
                                .text("privacy.field.plate", visit.plate())
                                .text("privacy.field.vin", visit.vin())
                                .text("privacy.field.model", visit.model())
                                .text(
                                        "privacy.field.serviceType",
                                        visit.serviceType().labelKey())
                                .text("privacy.field.advisor", visit.advisorName())
                                .time("privacy.field.deliveredAt", visit.deliveredAt())
                                .code("privacy.field.language", "language.name.", visit.language())
                                .toMap()))
                .toList();
    }
}
