package com.dealercsi.visit.internal;

import com.dealercsi.security.StoreApiPrincipal;
import com.dealercsi.visit.BatchRowResult;
import com.dealercsi.visit.NewVisit;
import com.dealercsi.visit.VisitRejected;
import com.dealercsi.visit.VisitRejected.FieldProblem;
import com.dealercsi.visit.Visits;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
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
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The DMS's door: {@code POST /api/v1/visits} and {@code POST /api/v1/visits:batch} with the store's key in
 * {@code X-Api-Key}. (The visit with its invitation is read from the invitation feature, which knows both.)
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Visits", description = "Delivered repair orders from the DMS")
@SecurityRequirement(name = "X-Api-Key")
class VisitApiController {

    /** Texts with arguments go through MessageFormat, the others are taken as written (apostrophes and all). */
    private static final String BATCH_SIZE_KEY = "invitation.api.batch.size";

    private final Visits visits;
    private final MessageSource messages;
    private final JsonMapper json;

    VisitApiController(Visits visits, MessageSource messages, JsonMapper json) {
        this.visits = visits;
        this.messages = messages;
        this.json = json;
    }

    @Operation(
            summary = "Bring in one delivered visit",
            description = "201 with the new visit's id; 200 with the same id when the store already has this RO "
                    + "number; 400 with every field problem in the caller's language (Accept-Language). A visit "
                    + "without e-mail (the revisit desk calls the owner) or naming an advisor the store has not set up "
                    + "(surveyed, matched later by an administrator) is stored, with `warnings` saying so. The service "
                    + "type may be MAINTENANCE, REPAIR, WARRANTY, ACCIDENT_REPAIR or a common DMS word for one "
                    + "(定期保养, 保修索赔, 钣金喷漆, 事故维修 …).")
    @PostMapping("/visits")
    ResponseEntity<Map<String, Object>> register(
            @AuthenticationPrincipal StoreApiPrincipal store, @RequestBody NewVisit visit, Locale locale) {
        var registration = visits.register(store.storeId(), visit);
        var body = new LinkedHashMap<String, Object>();
        body.put("id", registration.visitId());
        body.put("created", registration.created());
        if (!registration.warnings().isEmpty()) {
            body.put("warnings", errors(registration.warnings(), locale));
        }
        return registration.created()
                ? ResponseEntity.created(URI.create("/api/v1/visits/" + registration.visitId()))
                        .body(body)
                : ResponseEntity.ok(body);
    }

    @Operation(
            summary = "Bring in up to 1,000 delivered visits at once",
            description = "The body is `{\"visits\": [ … ]}` or just the array `[ … ]` of visits. Each row is handled "
                    + "on its own: good rows are stored even when others are rejected. The answer lists every row's "
                    + "outcome (CREATED, EXISTING or REJECTED with its problems, and any warnings) in the order sent.")
    @PostMapping("/visits:batch")
    ResponseEntity<Map<String, Object>> registerBatch(
            @AuthenticationPrincipal StoreApiPrincipal store, @RequestBody JsonNode body, Locale locale) {
        var request = batchOf(body);
        if (request == null) {
            return badRequest(List.of(new FieldProblem("", "api.batch.shape")), locale);
        }
        if (request.visits() == null
                || request.visits().isEmpty()
                || request.visits().size() > Visits.MAX_BATCH) {
            return badRequest(List.of(new FieldProblem("visits", BATCH_SIZE_KEY)), locale);
        }
        var rows = new ArrayList<@Nullable NewVisit>(request.visits().size());
        var unreadable = new HashMap<Integer, FieldProblem>();
        for (int i = 0; i < request.visits().size(); i++) {
            try {
                rows.add(json.treeToValue(request.visits().get(i), NewVisit.class));
            } catch (JacksonException e) {
                rows.add(null);
                unreadable.put(i, problemOf(e));
            }
        }
        var results = visits.registerAll(store.storeId(), rows).stream()
                .map(result -> {
                    var row = new LinkedHashMap<String, Object>();
                    row.put("index", result.index());
                    row.put("outcome", result.outcome().name());
                    if (result.visitId() != null) {
                        row.put("id", result.visitId());
                    }
                    var problems = unreadable.containsKey(result.index())
                            ? List.of(unreadable.get(result.index()))
                            : result.problems();
                    if (!problems.isEmpty()) {
                        row.put("errors", errors(problems, locale));
                    }
                    if (!result.warnings().isEmpty()) {
                        row.put("warnings", errors(result.warnings(), locale));
                    }
                    return row;
                })
                .toList();
        var counts = new LinkedHashMap<String, Object>();
        for (var outcome : BatchRowResult.Outcome.values()) {
            counts.put(
                    outcome.name().toLowerCase(Locale.ROOT),
                    results.stream()
                            .filter(r -> r.get("outcome").equals(outcome.name()))
                            .count());
        }
        return ResponseEntity.ok(Map.of("summary", counts, "results", results));
    }

    /** @param visits the rows, each a visit as {@code POST /api/v1/visits} takes it */
    record BatchRequest(@Nullable List<JsonNode> visits) {}

    /** The DMS's batch as sent: an object with {@code visits}, or the bare array; anything else is no batch. */
    private static @Nullable BatchRequest batchOf(JsonNode body) {
        var rows = body.isArray() ? body : body.isObject() ? body.get("visits") : null;
        if (rows == null || rows.isNull()) {
            return body.isObject() ? new BatchRequest(null) : null;
        }
        if (!rows.isArray()) {
            return null;
        }
        var visits = new ArrayList<JsonNode>(rows.size());
        rows.forEach(visits::add);
        return new BatchRequest(visits);
    }

    private static FieldProblem problemOf(JacksonException e) {
        if (!e.getPath().isEmpty() && e.getPath().getLast().getPropertyName() != null) {
            var field = e.getPath().getLast().getPropertyName();
            return new FieldProblem(field, "visit." + field + ".invalid");
        }
        return new FieldProblem("", "api.body.unreadable");
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
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of("errors", errors(problems, locale)));
    }

    private List<Map<String, String>> errors(List<FieldProblem> problems, Locale locale) {
        return problems.stream()
                .map(p -> Map.of(
                        "field",
                        p.field(),
                        "message",
                        messages.getMessage(
                                p.messageKey(),
                                BATCH_SIZE_KEY.equals(p.messageKey()) ? new Object[] {Visits.MAX_BATCH} : null,
                                p.messageKey(),
                                locale)))
                .toList();
    }
}
