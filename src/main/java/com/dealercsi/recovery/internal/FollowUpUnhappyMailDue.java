package com.dealercsi.recovery.internal;

import com.dealercsi.shared.Language;
import java.util.UUID;

/**
 * Tells one member of staff (the case owner or a customer-service manager of the store) that the owner answered
 * "no" on the follow-up survey. Queued in the transaction that stores the answer, one per recipient.
 */
public record FollowUpUnhappyMailDue(UUID caseId, String recipientEmail, Language recipientLanguage) {}
