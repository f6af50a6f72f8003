package com.dealercsi.invitation;

import java.util.UUID;

/** An unanswered invitation's reminder is due; through the outbox like the invitation itself. */
public record ReminderDue(UUID invitationId) {}
