package com.dealercsi.alerting.internal;

import com.dealercsi.alerting.AlertLevel;
import com.dealercsi.alerting.FiredRule;
import com.dealercsi.alerting.WebhookChannel;
import java.util.List;
import java.util.UUID;

/** One alert to post to one webhook channel; its own outbox entry, retried until the channel accepts it. */
public record AlertWebhookDue(
        UUID alertId,
        UUID responseId,
        UUID visitId,
        UUID storeId,
        AlertLevel level,
        List<FiredRule> rules,
        WebhookChannel channel) {}
