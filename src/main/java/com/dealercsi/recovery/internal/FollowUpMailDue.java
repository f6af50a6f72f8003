package com.dealercsi.recovery.internal;

import java.util.UUID;

/**
 * One follow-up survey to mail. Queued in the transaction that marks the survey queued, so the outbox sends it
 * at least once and the mark keeps the next run of the job from queueing it again.
 */
public record FollowUpMailDue(UUID followUpId) {}
