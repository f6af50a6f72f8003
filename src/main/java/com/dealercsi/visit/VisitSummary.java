package com.dealercsi.visit;

import com.dealercsi.shared.Language;
import com.dealercsi.shared.privacy.Masks;
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

    /**
     * The visit as staff see it where their job does not need the owner's contacts in full: mobile and e-mail
     * masked (ADR 0052). Services hand this to views; the full values only go into mails and through
     * {@code privacy.OwnerContacts}.
     */
    public VisitSummary masked() {
        return new VisitSummary(
                id,
                storeId,
                roNumber,
                ownerName,
                Masks.email(email),
                Masks.mobile(phone),
                plate,
                vin,
                model,
                serviceType,
                advisorName,
                deliveredAt,
                language);
    }

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
