package com.dealercsi.visit;

import com.dealercsi.admin.Staff;
import com.dealercsi.admin.StaffRef;
import com.dealercsi.shared.Language;
import com.dealercsi.shared.database.RetryOnConflict;
import com.dealercsi.visit.VisitRejected.FieldProblem;
import com.dealercsi.visit.internal.AdvisorAlias;
import com.dealercsi.visit.internal.AdvisorAliasRepository;
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
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Brings delivered visits in, from any channel, under one set of rules. */
@Service
public class Visits {

    private final VisitRepository visits;
    private final AdvisorAliasRepository aliases;
    private final Staff staff;
    private final Validator validator;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate transactions;

    Visits(
            VisitRepository visits,
            AdvisorAliasRepository aliases,
            Staff staff,
            Validator validator,
            ApplicationEventPublisher events,
            Clock clock,
            PlatformTransactionManager transactionManager) {
        this.transactions = new TransactionTemplate(transactionManager);
        this.visits = visits;
        this.aliases = aliases;
        this.staff = staff;
        this.validator = validator;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Stores the visit and announces its delivery, or, when the store already has this RO number, returns the
     * visit it has and announces nothing. A visit without e-mail, or naming an advisor the store has not set up,
     * is stored all the same, with a warning: the revisit desk calls the first, an administrator matches the second.
     *
     * @throws VisitRejected when a field is missing or wrong
     */
    @PreAuthorize("hasAnyRole('STORE_API', 'ADMIN', 'STORE_MANAGER', 'CUSTOMER_SERVICE_MANAGER', 'CUSTOMER_SERVICE')")
    @RetryOnConflict
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
        var advisor = advisor(storeId, Objects.requireNonNull(request.advisor()));
        var visit = newVisit(storeId, request, advisor.orElse(null));
        visits.saveAndFlush(visit);
        events.publishEvent(delivered(visit));
        return new VisitRegistration(visit.getId(), true, warnings(request, advisor.isPresent()));
    }

    /** The store's advisor of that name or staff code, or the one an administrator matched the name to. */
    Optional<StaffRef> advisor(UUID storeId, String nameOrCode) {
        return staff.findAdvisor(storeId, nameOrCode)
                .or(() -> aliases.findByStoreIdAndNameKey(storeId, AdvisorAlias.key(nameOrCode))
                        .flatMap(alias -> staff.findAdvisor(storeId, alias.staffId())));
    }

    /** What is stored but not as it should be: said to the DMS and the importing user, never a reason to refuse. */
    static List<FieldProblem> warnings(NewVisit request, boolean advisorMatched) {
        var warnings = new ArrayList<FieldProblem>();
        if (!request.hasEmail()) {
            warnings.add(new FieldProblem("email", "visit.email.missing"));
        }
        if (!advisorMatched) {
            warnings.add(new FieldProblem("advisor", "visit.advisor.unmatched"));
        }
        return warnings;
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
            } catch (DataIntegrityViolationException | PessimisticLockingFailureException raceWithAnotherWrite) {
                // the chunk's transaction is undone whole, so row by row stores each of its rows once
                done = registerChunkRowByRow(storeId, chunk, offset);
            }
            results.addAll(done);
        }
        return results;
    }

    private List<BatchRowResult> registerChunk(
            UUID storeId, List<@org.jspecify.annotations.Nullable NewVisit> chunk, int offset) {
        return eachRow(chunk, offset, row -> registerOnce(storeId, row));
    }

    /** Another request stored one of the chunk's RO numbers meanwhile: each row on its own, as a single call. */
    private List<BatchRowResult> registerChunkRowByRow(
            UUID storeId, List<@org.jspecify.annotations.Nullable NewVisit> chunk, int offset) {
        return eachRow(chunk, offset, row -> register(storeId, row));
    }

    private static List<BatchRowResult> eachRow(
            List<@org.jspecify.annotations.Nullable NewVisit> chunk,
            int offset,
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

    /**
     * Visits as staff lists show them, the owner's mobile and e-mail masked (ADR 0052). Views use this;
     * {@link #find} and {@link #findAll} are for the features' own work that needs the full values (mails,
     * erasure, the audited reveal).
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<VisitSummary> listed(Collection<UUID> visitIds) {
        return findAll(visitIds).stream().map(VisitSummary::masked).toList();
    }

    /**
     * A visit whose fields passed {@link #fieldProblems}; without an advisor of the store, it keeps the name as
     * given, not matched. A missing e-mail or mobile is stored as empty.
     */
    Visit newVisit(UUID storeId, NewVisit request, @org.jspecify.annotations.Nullable StaffRef advisor) {
        var language =
                Language.fromTag(Objects.requireNonNull(request.language())).orElseThrow();
        var vin = request.vin() == null || request.vin().isEmpty() ? null : request.vin();
        var phone = request.hasPhone()
                ? PhoneNumbers.toE164(Objects.requireNonNull(request.phone())).orElseThrow()
                : "";
        var email = request.hasEmail() ? Objects.requireNonNull(request.email()) : "";
        return new Visit(
                storeId,
                Objects.requireNonNull(request.roNumber()),
                Objects.requireNonNull(request.ownerName()),
                email,
                phone,
                Objects.requireNonNull(request.plate()),
                vin,
                Objects.requireNonNull(request.model()),
                Objects.requireNonNull(request.serviceType()),
                advisor == null ? null : advisor.id(),
                advisor == null ? Objects.requireNonNull(request.advisor()) : advisor.name(),
                Objects.requireNonNull(request.deliveredAt()).toInstant(),
                language,
                clock.instant());
    }

    static VisitDelivered delivered(Visit visit) {
        var summary = visit.toSummary();
        return new VisitDelivered(
                visit.getId(), summary.storeId(), summary.email(), summary.language(), summary.deliveredAt());
    }

    /**
     * What is wrong with the fields of a visit, already {@link NewVisit#normalised() normalised}, before the
     * store is asked (RO number already there, advisor known): the rule every entry way shares.
     */
    List<FieldProblem> fieldProblems(NewVisit request) {
        var problems = new ArrayList<FieldProblem>();
        validator.validate(request).stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .forEach(v ->
                        problems.add(new FieldProblem(v.getPropertyPath().toString(), key(v.getMessageTemplate()))));
        if (request.hasPhone()
                && PhoneNumbers.toE164(Objects.requireNonNull(request.phone())).isEmpty()
                && problems.stream().noneMatch(p -> p.field().equals("phone"))) {
            problems.add(new FieldProblem("phone", "visit.phone.invalid"));
        }
        if (!request.hasEmail() && !request.hasPhone()) {
            // no way to reach the owner at all: neither a survey mail nor a call
            problems.add(new FieldProblem("phone", "visit.contact.required"));
        }
        return problems;
    }

    private static String key(String template) {
        return template.startsWith("{") && template.endsWith("}")
                ? template.substring(1, template.length() - 1)
                : template;
    }
}
