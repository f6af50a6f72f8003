package com.dealercsi.visit;

import com.dealercsi.shared.Language;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A visit as other features show it: in mails, on the survey's greeting, in the back office. */
public record VisitSummary(UUID id, UUID storeId, String roNumber, String ownerName, String email, String phone,
        String plate, @Nullable String vin, String model, ServiceType serviceType, String advisorName,
        Instant deliveredAt, Language language) {
}
