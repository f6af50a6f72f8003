package com.dealercsi.shared.privacy;

import java.util.Map;

/**
 * A feature's part of an erasure (PIPL Art. 47) and of the retention job (Art. 19): it replaces the owner's
 * personal data it holds with {@link #MARKER}, in the caller's transaction, and keeps every score, count and
 * date. Implemented in each feature's {@code internal} package; the privacy feature calls them all.
 */
public interface PersonalDataEraser {

    /** What erased text reads as, everywhere. */
    String MARKER = "[erased]";

    /**
     * Erases what this feature holds for these visits.
     *
     * @return rows changed, by table, for the erasure's answer and log ("survey_response" → 1)
     */
    Map<String, Integer> erase(OwnerIdentity owner);
}
