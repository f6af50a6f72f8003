package com.dealercsi.visit;

import com.dealercsi.shared.Language;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A visit as other features show it: in mails, on the survey's greeting, in the back office. */
public record VisitSummary(
        UUID id,
        UUID storeId,
        String roNumber,
        String ownerName,
        String email,
        String phone,
        String plate,
        @Nullable String vin,
        String model,
        ServiceType serviceType,
        String advisorName,
        Instant deliveredAt,
        Language language) {

    /** The visit as every staff notification shows it, by the names its mail templates use. */
    public Map<String, Object> staffMailVariables() {
        return Map.of(
                "ownerName",
                ownerName,
                "phone",
                phone,
                "car",
                model + " · " + plate,
                "roNumber",
                roNumber,
                "advisor",
                advisorName);
    }
}
