package com.dealercsi.invitation;

import java.util.UUID;

/** An invitation's time has come; published into the outbox so its mail is sent even across outages. */
public record InvitationDue(UUID invitationId) {}
