package com.dealercsi.privacy.internal;

import com.dealercsi.privacy.OwnerErasure;
import com.dealercsi.security.StoreApiPrincipal;
import com.dealercsi.shared.privacy.OwnerQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/privacy/erasures}: the DMS asks for an owner's erasure with the store's key (ADR 0050). */
@RestController
@RequestMapping("/api/v1/privacy")
@Tag(name = "Privacy", description = "An owner's personal data erased on their request (PIPL Art. 47)")
@SecurityRequirement(name = "X-Api-Key")
class ErasureApiController {

    private final OwnerErasure erasure;
    private final MessageSource messages;

    ErasureApiController(OwnerErasure erasure, MessageSource messages) {
        this.erasure = erasure;
        this.messages = messages;
    }

    /**
     * @param roNumber one visit of the store, by its RO number
     * @param mobile every visit of the store with this mobile (as the visit API takes it)
     * @param email every visit of the store with this e-mail
     * @param reason why, e.g. the owner's request and its ticket; kept in the audit trail without the owner's values
     */
    record ErasureRequest(
            @Nullable String roNumber,
            @Nullable String mobile,
            @Nullable String email,
            @Nullable String reason) {}

    @Operation(
            summary = "Erase an owner's personal data in this store",
            description =
                    "Body `{\"roNumber\"|\"mobile\"|\"email\": \"…\", \"reason\": \"…\"}`: at least one of roNumber, "
                            + "mobile and email (several must all match), and a reason. Every visit of the calling store that "
                            + "matches loses the owner's name, mobile, e-mail, plate, VIN and everything they wrote, also on "
                            + "invitations, answers, recovery cases, revisit calls and the stored events; scores, counts and "
                            + "RO numbers stay, so reports do not change. An erased owner's survey links answer like unknown "
                            + "ones; an owner who had opted out stays opted out. 200 with `visits` (how many were erased) and "
                            + "`rowsByTable`; asked again, or for an owner the store does not have, 200 with `visits` 0. 400 "
                            + "with a sentence in the caller's language (Accept-Language) when no owner or no reason is given.")
    @PostMapping("/erasures")
    ResponseEntity<Map<String, Object>> erase(
            @AuthenticationPrincipal StoreApiPrincipal store, @RequestBody ErasureRequest request, Locale locale) {
        var query = new OwnerQuery(request.mobile(), request.email(), null, null, null, request.roNumber());
        if (query.isEmpty()) {
            return badRequest("roNumber", "erasure.api.query.empty", locale);
        }
        if (request.reason() == null || request.reason().isBlank()) {
            return badRequest("reason", "erasure.api.reason.missing", locale);
        }
        var result = erasure.eraseForStore(store.storeId(), query, request.reason());
        var body = new LinkedHashMap<String, Object>();
        body.put("visits", result.visits());
        body.put("rowsByTable", result.rowsByTable());
        return ResponseEntity.ok(body);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e, Locale locale) {
        return badRequest("", "erasure.api.body.unreadable", locale);
    }

    private ResponseEntity<Map<String, Object>> badRequest(String field, String key, Locale locale) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST)
                .body(Map.of(
                        "errors",
                        List.of(Map.of("field", field, "message", messages.getMessage(key, null, key, locale)))));
    }
}
