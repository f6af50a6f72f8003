package com.dealercsi.invitation.internal;

import com.dealercsi.invitation.InvitationStatus;
import com.dealercsi.invitation.InvitationTexts;
import com.dealercsi.invitation.Invitations;
import com.dealercsi.security.StoreApiPrincipal;
import com.dealercsi.visit.VisitSummary;
import com.dealercsi.visit.Visits;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/visits/{id}}: a visit with where its invitation stands. Served here rather than by the
 * visit feature because the invitation feature already knows visits, and the other way round would be a cycle.
 */
@RestController
@Tag(name = "Visits")
@SecurityRequirement(name = "X-Api-Key")
class VisitStatusApiController {

    private final Visits visits;
    private final Invitations invitations;
    private final InvitationTexts texts;

    VisitStatusApiController(Visits visits, Invitations invitations, InvitationTexts texts) {
        this.visits = visits;
        this.invitations = invitations;
        this.texts = texts;
    }

    @Operation(
            summary = "A visit of the calling store, with its invitation's state and reasons",
            description = "404 for an unknown visit or one of another store. invitation.state is one of SCHEDULED, "
                    + "QUEUED, SENT, REMINDED, ANSWERED, EXPIRED, SKIPPED, UNDELIVERABLE; skipReason one of "
                    + "OPTED_OUT, RECENTLY_INVITED, NO_VALID_EMAIL, VISIT_TOO_OLD.")
    @GetMapping("/api/v1/visits/{id}")
    ResponseEntity<Map<String, Object>> visit(
            @AuthenticationPrincipal StoreApiPrincipal store, @PathVariable UUID id, Locale locale) {
        return visits.find(id)
                .filter(visit -> visit.storeId().equals(store.storeId()))
                .map(visit -> ResponseEntity.ok(body(visit, locale)))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
                        .body(Map.of("error", "No such visit in this store")));
    }

    private Map<String, Object> body(VisitSummary visit, Locale locale) {
        var body = new LinkedHashMap<String, Object>();
        body.put("id", visit.id());
        body.put("roNumber", visit.roNumber());
        body.put("ownerName", visit.ownerName());
        body.put("email", visit.email());
        body.put("phone", visit.phone());
        body.put("plate", visit.plate());
        body.put("model", visit.model());
        body.put("serviceType", visit.serviceType().name());
        body.put("advisor", visit.advisorName());
        body.put("deliveredAt", visit.deliveredAt().toString());
        body.put("language", visit.language().tag());
        invitations.statusOfVisit(visit.id()).ifPresent(status -> body.put("invitation", invitation(status, locale)));
        return body;
    }

    private Map<String, Object> invitation(InvitationStatus status, Locale locale) {
        var body = new LinkedHashMap<String, Object>();
        body.put("state", status.state().name());
        body.put("stateText", texts.state(status, locale));
        if (status.skipReason() != null) {
            body.put("skipReason", status.skipReason().name());
        }
        texts.reason(status, locale).ifPresent(reason -> body.put("reason", reason));
        put(body, "dueAt", status.dueAt());
        put(body, "sentAt", status.sentAt());
        put(body, "reminderDueAt", status.reminderDueAt());
        put(body, "remindedAt", status.remindedAt());
        put(body, "expiresAt", status.expiresAt());
        put(body, "answeredAt", status.answeredAt());
        put(body, "closedAt", status.closedAt());
        return body;
    }

    private static void put(
            Map<String, Object> body, String key, java.time.@org.jspecify.annotations.Nullable Instant value) {
        if (value != null) {
            body.put(key, value.toString());
        }
    }
}
