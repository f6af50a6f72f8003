package com.dealercsi.visit;

import com.dealercsi.admin.Staff;
import com.dealercsi.admin.StaffRef;
import com.dealercsi.shared.Language;
import com.dealercsi.visit.VisitRejected.FieldProblem;
import com.dealercsi.visit.internal.Visit;
import com.dealercsi.visit.internal.VisitRepository;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Brings delivered visits in, from any channel, under one set of rules. */
@Service
public class Visits {

    private final VisitRepository visits;
    private final Staff staff;
    private final Validator validator;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate transactions;

    Visits(VisitRepository visits, Staff staff, Validator validator, ApplicationEventPublisher events, Clock clock,
            PlatformTransactionManager transactionManager) {
        this.transactions = new TransactionTemplate(transactionManager);
        this.visits = visits;
        this.staff = staff;
        this.validator = validator;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Stores the visit and announces its delivery, or, when the store already has this RO number, returns the
     * visit it has and announces nothing.
     *
     * @throws VisitRejected when a field is missing or wrong, or the advisor is not one of the store's
     */
    @PreAuthorize("hasAnyRole('STORE_API', 'ADMIN', 'STORE_MANAGER', 'CUSTOMER_SERVICE_MANAGER', 'CUSTOMER_SERVICE')")
    public VisitRegistration register(UUID storeId, NewVisit request) {
        try {
            return Objects.requireNonNull(transactions.execute(status -> registerOnce(storeId, request)));
        } catch (DataIntegrityViolationException raceWithTheSameRoNumber) {
            // another request stored the same RO between our look-up and our insert: this one is a repeat
            return Objects.requireNonNull(transactions.execute(status -> registerOnce(storeId, request)));
        }
    }

    private VisitRegistration registerOnce(UUID storeId, NewVisit raw) {
        var request = raw.normalised();
        var problems = fieldProblems(request);
        if (!problems.isEmpty()) {
            throw new VisitRejected(problems);
        }
        var roNumber = Objects.requireNonNull(request.roNumber());
        var existing = visits.findByStoreIdAndRoNumber(storeId, roNumber);
        if (existing.isPresent()) {
            return new VisitRegistration(existing.get().getId(), false);
        }
        var advisor = staff.findAdvisor(storeId, Objects.requireNonNull(request.advisor()))
                .orElseThrow(() -> new VisitRejected(List.of(new FieldProblem("advisor", "visit.advisor.unknown"))));
        var visit = newVisit(storeId, request, advisor);
        visits.saveAndFlush(visit);
        events.publishEvent(delivered(visit));
        return new VisitRegistration(visit.getId(), true);
    }

    /**
     * Brings in up to {@value #MAX_BATCH} visits, each on its own, so good rows are stored even when others are
     * rejected; a repeated RO number is reported as existing, not stored twice.
     *
     * @throws IllegalArgumentException for more than {@value #MAX_BATCH} rows
     */
    @PreAuthorize("hasAnyRole('STORE_API', 'ADMIN', 'STORE_MANAGER', 'CUSTOMER_SERVICE_MANAGER', 'CUSTOMER_SERVICE')")
    public List<BatchRowResult> registerAll(UUID storeId, List<@org.jspecify.annotations.Nullable NewVisit> rows) {
        if (rows.size() > MAX_BATCH) {
            throw new IllegalArgumentException("A batch holds at most " + MAX_BATCH + " visits, not " + rows.size());
        }
        var results = new ArrayList<BatchRowResult>(rows.size());
        for (int from = 0; from < rows.size(); from += CHUNK) {
            var chunk = rows.subList(from, Math.min(from + CHUNK, rows.size()));
            var offset = from;
            List<BatchRowResult> done;
            try {
                // one commit per chunk rather than per row: on a real disk each commit waits for its flush
                done = Objects.requireNonNull(transactions.execute(status -> registerChunk(storeId, chunk, offset)));
            } catch (DataIntegrityViolationException raceWithTheSameRoNumber) {
                done = registerChunkRowByRow(storeId, chunk, offset);
            }
            results.addAll(done);
        }
        return results;
    }

    private List<BatchRowResult> registerChunk(UUID storeId, List<@org.jspecify.annotations.Nullable NewVisit> chunk,
            int offset) {
        return eachRow(chunk, offset, row -> registerOnce(storeId, row));
    }

    /** Another request stored one of the chunk's RO numbers meanwhile: each row on its own, as a single call. */
    private List<BatchRowResult> registerChunkRowByRow(UUID storeId,
            List<@org.jspecify.annotations.Nullable NewVisit> chunk, int offset) {
        return eachRow(chunk, offset, row -> register(storeId, row));
    }

    private static List<BatchRowResult> eachRow(List<@org.jspecify.annotations.Nullable NewVisit> chunk, int offset,
            java.util.function.Function<NewVisit, VisitRegistration> registration) {
        var results = new ArrayList<BatchRowResult>(chunk.size());
        for (int i = 0; i < chunk.size(); i++) {
            var row = chunk.get(i);
            if (row == null) {
                results.add(BatchRowResult.rejected(offset + i, List.of(new FieldProblem("", "api.body.unreadable"))));
                continue;
            }
            try {
                results.add(BatchRowResult.of(offset + i, registration.apply(row)));
            } catch (VisitRejected rejected) {
                results.add(BatchRowResult.rejected(offset + i, rejected.problems()));
            }
        }
        return results;
    }

    private static final int CHUNK = 100;

    public static final int MAX_BATCH = 1000;

    @Transactional(readOnly = true)
    public Optional<VisitSummary> find(UUID visitId) {
        return visits.findById(visitId).map(Visit::toSummary);
    }

    @Transactional(readOnly = true)
    public List<VisitSummary> findAll(Collection<UUID> visitIds) {
        return visits.findAllById(visitIds).stream().map(Visit::toSummary).toList();
    }

    /** A visit whose fields passed {@link #fieldProblems}, by a known advisor of the store. */
    Visit newVisit(UUID storeId, NewVisit request, StaffRef advisor) {
        var language = Language.fromTag(Objects.requireNonNull(request.language())).orElseThrow();
        var vin = request.vin() == null || request.vin().isEmpty() ? null : request.vin();
        var phone = PhoneNumbers.toE164(Objects.requireNonNull(request.phone())).orElseThrow();
        return new Visit(storeId, Objects.requireNonNull(request.roNumber()), Objects.requireNonNull(request.ownerName()),
                Objects.requireNonNull(request.email()), phone,
                Objects.requireNonNull(request.plate()), vin, Objects.requireNonNull(request.model()),
                Objects.requireNonNull(request.serviceType()),
                advisor.id(), advisor.name(), Objects.requireNonNull(request.deliveredAt()).toInstant(), language,
                clock.instant());
    }

    static VisitDelivered delivered(Visit visit) {
        var summary = visit.toSummary();
        return new VisitDelivered(visit.getId(), summary.storeId(), summary.email(), summary.language(),
                summary.deliveredAt());
    }

    /**
     * What is wrong with the fields of a visit, already {@link NewVisit#normalised() normalised}, before the
     * store is asked (RO number already there, advisor known): the rule every entry way shares.
     */
    List<FieldProblem> fieldProblems(NewVisit request) {
        var problems = new ArrayList<FieldProblem>();
        validator.validate(request).stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .forEach(v -> problems.add(new FieldProblem(v.getPropertyPath().toString(), key(v.getMessageTemplate()))));
        var phone = request.phone() == null || request.phone().isBlank() ? Optional.<String>empty()
                : PhoneNumbers.toE164(request.phone());
        if (phone.isEmpty() && problems.stream().noneMatch(p -> p.field().equals("phone"))) {
            problems.add(new FieldProblem("phone", "visit.phone.invalid"));
        }
        return problems;
    }

    private static String key(String template) {
        return template.startsWith("{") && template.endsWith("}") ? template.substring(1, template.length() - 1)
                : template;
    }
}
