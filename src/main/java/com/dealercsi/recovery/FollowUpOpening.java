package com.dealercsi.recovery;

import com.dealercsi.shared.Language;

/**
 * What a follow-up link opens. Used, expired and unknown links are one case on purpose: the owner reads the same
 * friendly page, and somebody guessing links learns nothing.
 */
public sealed interface FollowUpOpening {

    /** {@code storeId} points the page to the store's privacy notice. */
    record Ready(String storeName, String ownerName, Language language, java.util.UUID storeId)
            implements FollowUpOpening {}

    record Unavailable() implements FollowUpOpening {}
}
