package com.dealercsi.visit.internal;

import com.dealercsi.security.StoreApiPrincipal;
import com.dealercsi.visit.NewVisit;
import com.dealercsi.visit.VisitRejected;
import com.dealercsi.visit.VisitRejected.FieldProblem;
import com.dealercsi.visit.Visits;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import tools.jackson.core.JacksonException;

/** The DMS's door: {@code POST /api/v1/visits} with the store's key in {@code X-Api-Key}. */
@RestController
@RequestMapping("/api/v1/visits")
class VisitApiController {

    private final Visits visits;
    private final MessageSource messages;

    VisitApiController(Visits visits, MessageSource messages) {
        this.visits = visits;
        this.messages = messages;
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> register(@AuthenticationPrincipal StoreApiPrincipal store,
            @RequestBody NewVisit visit) {
        var registration = visits.register(store.storeId(), visit);
        var body = Map.<String, Object>of("id", registration.visitId(), "created", registration.created());
        return registration.created()
                ? ResponseEntity.created(URI.create("/api/v1/visits/" + registration.visitId())).body(body)
                : ResponseEntity.ok(body);
    }

    @ExceptionHandler(VisitRejected.class)
    ResponseEntity<Map<String, Object>> rejected(VisitRejected rejected, Locale locale) {
        return badRequest(rejected.problems(), locale);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e, Locale locale) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
                var field = jackson.getPath().getLast().getPropertyName();
                if (field != null) {
                    return badRequest(List.of(new FieldProblem(field, "visit." + field + ".invalid")), locale);
                }
            }
        }
        return badRequest(List.of(new FieldProblem("", "api.body.unreadable")), locale);
    }

    private ResponseEntity<Map<String, Object>> badRequest(List<FieldProblem> problems, Locale locale) {
        var errors = problems.stream()
                .map(p -> Map.of("field", p.field(), "message",
                        messages.getMessage(p.messageKey(), null, p.messageKey(), locale)))
                .toList();
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of("errors", errors));
    }
}
