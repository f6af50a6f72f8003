package com.dealercsi.invitation;

import com.dealercsi.shared.Language;
import java.time.Instant;
import java.util.UUID;

/** What a survey link opens: the invitation behind it and whether it can still be answered. */
public record SurveyTicket(
        UUID invitationId, UUID visitId, UUID storeId, Language language, Status status, Instant expiresAt) {

    public enum Status {
        OPEN,
        ANSWERED,
        EXPIRED
    }
}
