package com.dealercsi.recovery.internal;

import com.dealercsi.recovery.Breach;
import com.dealercsi.shared.Language;
import java.util.UUID;

/**
 * One escalation mail to one general manager. Queued in the transaction that marks the breach as escalated,
 * so the outbox sends it at least once and the mark keeps the next run from queueing it again.
 */
public record EscalationMailDue(UUID caseId, Breach breach, String recipientEmail, Language recipientLanguage) {}
