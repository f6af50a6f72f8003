package com.dealercsi.recovery;

import com.dealercsi.admin.Role;
import com.dealercsi.admin.Staff;
import com.dealercsi.admin.StaffRef;
import com.dealercsi.admin.StoreRef;
import com.dealercsi.admin.Stores;
import com.dealercsi.alerting.Alerts;
import com.dealercsi.invitation.EmailAddresses;
import com.dealercsi.invitation.Invitations;
import com.dealercsi.recovery.internal.FollowUp;
import com.dealercsi.recovery.internal.FollowUpRepository;
import com.dealercsi.recovery.internal.RecoveryCase;
import com.dealercsi.recovery.internal.RecoveryCaseRepository;
import com.dealercsi.recovery.internal.RootCauseRepository;
import com.dealercsi.scoring.Scores;
import com.dealercsi.security.CurrentStaff;
import com.dealercsi.shared.database.RetryOnConflict;
import com.dealercsi.survey.ResponseDetails;
import com.dealercsi.survey.Surveys;
import com.dealercsi.visit.VisitSummary;
import com.dealercsi.visit.Visits;
import jakarta.persistence.criteria.Predicate;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The recovery desk: lists and works cases of the current user's stores only. The store filter is applied
 * here, so no view can show or change another store's case.
 */
@Service
@Transactional
@RetryOnConflict
@PreAuthorize(RecoveryCases.DESK_ROLES)
public class RecoveryCases {

    /** Who works cases; advisors see their scores elsewhere but not the desk. */
    public static final String DESK_ROLES = "hasAnyRole('ADMIN', 'GROUP_MANAGER', 'GENERAL_MANAGER', "
            + "'STORE_MANAGER', 'CUSTOMER_SERVICE_MANAGER', 'CUSTOMER_SERVICE')";

    static final String MANAGER_ROLES =
            "hasAnyRole('ADMIN', 'GROUP_MANAGER', 'GENERAL_MANAGER', " + "'STORE_MANAGER', 'CUSTOMER_SERVICE_MANAGER')";
    static final List<Role> POSSIBLE_OWNERS =
            List.of(Role.CUSTOMER_SERVICE_MANAGER, Role.CUSTOMER_SERVICE, Role.STORE_MANAGER);

    private final RecoveryCaseRepository cases;
    private final Visits visits;
    private final Stores stores;
    private final Staff staff;
    private final Alerts alerts;
    private final FollowUpRepository followUps;
    private final Invitations invitations;
    private final RecoveryProperties properties;
    private final Clock clock;
    private final RootCauseRepository rootCauses;
    private final Scores scores;
    private final Surveys surveys;

    RecoveryCases(
            RecoveryCaseRepository cases,
            Visits visits,
            Stores stores,
            Staff staff,
            Alerts alerts,
            FollowUpRepository followUps,
            Invitations invitations,
            RecoveryProperties properties,
            Clock clock,
            RootCauseRepository rootCauses,
            Scores scores,
            Surveys surveys) {
        this.rootCauses = rootCauses;
        this.scores = scores;
        this.surveys = surveys;
        this.followUps = followUps;
        this.invitations = invitations;
        this.properties = properties;
        this.cases = cases;
        this.visits = visits;
        this.stores = stores;
        this.staff = staff;
        this.alerts = alerts;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<CaseRow> find(CaseFilter filter, int offset, int limit) {
        int size = Math.max(1, limit);
        var page = cases.findAll(
                matching(filter), PageRequest.of(offset / size, size, Sort.by(Sort.Order.desc("openedAt"))));
        return rows(page.getContent());
    }

    @Transactional(readOnly = true)
    public long count(CaseFilter filter) {
        return cases.count(matching(filter));
    }

    @Transactional(readOnly = true)
    public Optional<CaseDetails> details(UUID caseId) {
        return cases.findById(caseId).filter(this::visible).map(this::details);
    }

    /**
     * Case counts of the stores among {@code storeIds} the current user may see, for [from, to); read-only, for
     * dashboards. The open/overdue snapshot is taken at {@code to}, or now if that is later than now.
     */
    @Transactional(readOnly = true)
    public CaseFigures figures(Collection<UUID> storeIds, Instant from, Instant to) {
        var visible = visibleStoreIds();
        var ids = storeIds.stream().filter(visible::contains).collect(Collectors.toSet());
        if (ids.isEmpty()) {
            return CaseFigures.NONE;
        }
        Instant now = clock.instant();
        Instant at = to.isAfter(now) ? now : to;
        Specification<RecoveryCase> inStores =
                (root, query, cb) -> root.get("storeId").in(ids);
        Specification<RecoveryCase> openAt = (root, query, cb) -> cb.and(
                cb.lessThan(root.get("openedAt"), at),
                cb.or(cb.isNull(root.get("closedAt")), cb.greaterThanOrEqualTo(root.get("closedAt"), at)));
        // RecoveryCase.isOverdue, evaluated at a past instant from the recorded times
        Specification<RecoveryCase> overdueAt = (root, query, cb) -> cb.or(
                cb.and(
                        cb.lessThan(root.get("acknowledgeDue"), at),
                        cb.or(
                                cb.isNull(root.get("acknowledgedAt")),
                                cb.greaterThanOrEqualTo(root.get("acknowledgedAt"), at))),
                cb.and(
                        cb.lessThan(root.get("firstContactDue"), at),
                        cb.or(
                                cb.isNull(root.get("firstContactAt")),
                                cb.greaterThanOrEqualTo(root.get("firstContactAt"), at))),
                cb.lessThan(root.get("closeDue"), at));
        Specification<RecoveryCase> openedIn = (root, query, cb) ->
                cb.and(cb.greaterThanOrEqualTo(root.get("openedAt"), from), cb.lessThan(root.get("openedAt"), to));
        Specification<RecoveryCase> closedIn = (root, query, cb) ->
                cb.and(cb.greaterThanOrEqualTo(root.get("closedAt"), from), cb.lessThan(root.get("closedAt"), to));
        Specification<RecoveryCase> inTime =
                (root, query, cb) -> cb.lessThanOrEqualTo(root.get("closedAt"), root.get("closeDue"));
        return new CaseFigures(
                cases.count(inStores.and(openedIn)),
                cases.count(inStores.and(openAt)),
                cases.count(inStores.and(openAt).and(overdueAt)),
                cases.count(inStores.and(closedIn)),
                cases.count(inStores.and(closedIn).and(inTime)));
    }

    /** The case of an answer, for a link from the answer or the alert mail. */
    @Transactional(readOnly = true)
    public Optional<UUID> caseOfResponse(UUID responseId) {
        return cases.findOne((root, query, cb) -> cb.equal(root.get("responseId"), responseId))
                .filter(this::visible)
                .map(RecoveryCase::getId);
    }

    public void acknowledge(UUID caseId) {
        change(caseId, c -> c.acknowledge(actor(), clock.instant()));
    }

    public void logAttempt(UUID caseId, ContactChannel channel, ContactResult result, String note) {
        change(caseId, c -> c.logAttempt(channel, result, note, actor(), clock.instant()));
    }

    public void recordStep(
            UUID caseId,
            RecoveryStep step,
            String note,
            @Nullable String newRoNumber,
            @Nullable String atonementWhat,
            @Nullable BigDecimal atonementValueCny) {
        change(
                caseId,
                c -> c.recordStep(step, note, newRoNumber, atonementWhat, atonementValueCny, actor(), clock.instant()));
    }

    public void close(UUID caseId, FollowUpOutcome outcome, String note, Collection<UUID> causeIds) {
        close(caseId, outcome, note, causeIds, false);
    }

    /**
     * Closes the case with its root causes and, if asked, schedules the "did we make it right?" survey for
     * {@code csi.recovery.follow-up-delay} later. A survey the owner cannot get (no address, opted out) is
     * refused here with a sentence, rather than silently not sent.
     */
    public void close(
            UUID caseId, FollowUpOutcome outcome, String note, Collection<UUID> causeIds, boolean sendFollowUp) {
        change(caseId, c -> {
            var now = clock.instant();
            if (sendFollowUp && !offer(c).possible()) {
                throw new CaseRuleViolation("recovery.followUp.error." + offer(c).name());
            }
            var chosen = rootCauses.findAllById(causeIds);
            if (chosen.size() != Set.copyOf(causeIds).size()) {
                throw new CaseRuleViolation("causes.error.unknown", "causes");
            }
            var by = actor();
            c.close(outcome, note, chosen, answerScores(c.responseId()), by, now);
            if (sendFollowUp) {
                var dueAt = now.plus(properties.followUpDelay());
                c.scheduleFollowUp(dueAt, by, now);
                followUps.save(FollowUp.schedule(c.getId(), c.storeId(), dueAt, now));
            }
        });
    }

    /** What the answer scored, kept on the case so lost points and the recovery rate read one table. */
    private RecoveryCase.AnswerScores answerScores(UUID responseId) {
        var csi = scores.find(responseId).map(card -> card.csi()).orElse(null);
        var overall = surveys.find(responseId).map(ResponseDetails::overall).orElse(null);
        return new RecoveryCase.AnswerScores(csi, overall);
    }

    /** Whether closing this case can send the owner a follow-up survey; the close form's default. */
    @Transactional(readOnly = true)
    public FollowUpOffer followUpOffer(UUID caseId) {
        return cases.findById(caseId).filter(this::visible).map(this::offer).orElse(FollowUpOffer.NO_EMAIL);
    }

    /** After how many days a follow-up survey goes out, for the close form's label. */
    public long followUpDelayDays() {
        return properties.followUpDelay().toDays();
    }

    private FollowUpOffer offer(RecoveryCase c) {
        var email = visits.find(c.visitId()).map(VisitSummary::email).orElse(null);
        if (!EmailAddresses.isDeliverable(email)) {
            return FollowUpOffer.NO_EMAIL;
        }
        return invitations.isOptedOut(email) ? FollowUpOffer.OPTED_OUT : FollowUpOffer.POSSIBLE;
    }

    public void closeUnreachable(UUID caseId) {
        change(caseId, c -> c.closeUnreachable(actor(), clock.instant()));
    }

    @PreAuthorize(MANAGER_ROLES)
    public void reassign(UUID caseId, UUID newOwnerStaffId) {
        change(caseId, c -> {
            var owner = staff.withAnyRole(c.storeId(), POSSIBLE_OWNERS).stream()
                    .filter(member -> member.id().equals(newOwnerStaffId))
                    .findFirst()
                    .orElseThrow(() -> new CaseRuleViolation("recovery.error.unknownOwner"));
            c.reassign(new Actor(owner.id(), owner.name()), actor(), clock.instant());
        });
    }

    /** Who may own cases of the given store, or of all visible stores. */
    @Transactional(readOnly = true)
    public List<StaffRef> possibleOwners(@Nullable UUID storeId) {
        var storeIds = storeId == null ? visibleStoreIds() : Set.of(storeId);
        if (storeId != null && !visibleStoreIds().contains(storeId)) {
            return List.of();
        }
        return storeIds.stream()
                .flatMap(id -> staff.withAnyRole(id, POSSIBLE_OWNERS).stream())
                .collect(Collectors.toMap(StaffRef::id, Function.identity(), (a, b) -> a))
                .values()
                .stream()
                .sorted(Comparator.comparing(StaffRef::name))
                .toList();
    }

    @Transactional(readOnly = true)
    public List<StoreRef> visibleStores() {
        var ids = visibleStoreIds();
        return stores.all().stream()
                .filter(store -> ids.contains(store.id()))
                .sorted(Comparator.comparing(StoreRef::name))
                .toList();
    }

    private void change(UUID caseId, Consumer<RecoveryCase> change) {
        var found = cases.findById(caseId)
                .filter(this::visible)
                .orElseThrow(() -> new AccessDeniedException("No such case in your stores"));
        change.accept(found);
        cases.save(found);
    }

    private Specification<RecoveryCase> matching(CaseFilter filter) {
        var storeIds = visibleStoreIds();
        Instant now = clock.instant();
        return (root, query, cb) -> {
            var where = new ArrayList<Predicate>();
            where.add(
                    storeIds.isEmpty() ? cb.disjunction() : root.get("storeId").in(storeIds));
            if (filter.storeId() != null) {
                where.add(cb.equal(root.get("storeId"), filter.storeId()));
            }
            if (filter.status() != null) {
                where.add(cb.equal(root.get("status"), filter.status()));
            }
            if (filter.level() != null) {
                where.add(cb.equal(root.get("level"), filter.level()));
            }
            if (filter.ownerStaffId() != null) {
                where.add(cb.equal(root.get("ownerStaffId"), filter.ownerStaffId()));
            }
            if (filter.advisor() != null && !filter.advisor().isBlank()) {
                where.add(cb.like(
                        cb.lower(root.get("advisorName")),
                        "%" + filter.advisor().strip().toLowerCase(Locale.ROOT) + "%"));
            }
            if (filter.overdueOnly()) {
                // the same rule as RecoveryCase.isOverdue, as a query
                where.add(root.get("status")
                        .in(CaseStatus.CLOSED, CaseStatus.CLOSED_UNREACHABLE)
                        .not());
                where.add(cb.or(
                        cb.and(
                                cb.equal(root.get("status"), CaseStatus.OPEN),
                                cb.lessThan(root.get("acknowledgeDue"), now)),
                        cb.and(cb.isNull(root.get("firstContactAt")), cb.lessThan(root.get("firstContactDue"), now)),
                        cb.lessThan(root.get("closeDue"), now)));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    private List<CaseRow> rows(Collection<RecoveryCase> found) {
        var visitsById = visits
                .findAll(found.stream().map(RecoveryCase::visitId).toList())
                .stream()
                .collect(Collectors.toMap(VisitSummary::id, Function.identity()));
        var storesById = stores.all().stream().collect(Collectors.toMap(StoreRef::id, Function.identity()));
        var answers = new java.util.HashMap<UUID, MadeRight>();
        if (!found.isEmpty()) {
            followUps
                    .findByCaseIdIn(found.stream().map(RecoveryCase::getId).toList())
                    .forEach(f -> {
                        var answer = f.answer();
                        if (answer != null) {
                            answers.put(f.caseId(), answer.madeRight());
                        }
                    });
        }
        return found.stream()
                .map(c -> row(c, visitsById.get(c.visitId()), storesById.get(c.storeId()), answers.get(c.getId())))
                .toList();
    }

    private CaseRow row(
            RecoveryCase c, @Nullable VisitSummary visit, StoreRef store, @Nullable MadeRight followUpAnswer) {
        var now = clock.instant();
        return new CaseRow(
                c.getId(),
                store.name(),
                store.timeZone(),
                c.level(),
                c.status(),
                visit == null ? "–" : visit.ownerName(),
                visit == null ? "–" : visit.plate(),
                c.advisorName(),
                c.ownerName(),
                c.openedAt(),
                c.closeDue(),
                c.isOverdue(now),
                c.escalated(),
                followUpAnswer);
    }

    private CaseDetails details(RecoveryCase c) {
        var visit = visits.find(c.visitId()).orElseThrow();
        var store = stores.get(c.storeId());
        var followUp = followUps.findByCaseId(c.getId()).map(FollowUp::view).orElse(null);
        var answer = followUp == null || followUp.answer() == null
                ? null
                : followUp.answer().madeRight();
        return new CaseDetails(
                row(c, visit, store, answer),
                c.responseId(),
                store,
                // the case page shows the contacts masked; calling back goes through privacy.OwnerContacts
                visit.masked(),
                alerts.firedRules(c.responseId()),
                c.ownerStaffId(),
                c.acknowledgeDue(),
                c.firstContactDue(),
                c.acknowledgedAt(),
                c.firstContactAt(),
                c.closedAt(),
                c.outcome(),
                c.steps().stream()
                        .map(s -> new CaseDetails.Step(
                                s.step(),
                                s.note(),
                                s.newRoNumber(),
                                s.atonementWhat(),
                                s.atonementValueCny(),
                                s.doneAt(),
                                s.doneBy()))
                        .toList(),
                c.missingSteps(),
                c.attempts().stream()
                        .map(a -> new CaseDetails.Attempt(
                                a.attemptedAt(), a.channel(), a.result(), a.note(), a.attemptedBy()))
                        .toList(),
                c.unsuccessfulAttempts(),
                c.audit().stream()
                        .map(a -> new CaseDetails.AuditLine(a.happenedAt(), a.actor(), a.action(), a.detail()))
                        .toList(),
                c.allowedActions(),
                followUp,
                causesOf(c));
    }

    private List<Cause> causesOf(RecoveryCase c) {
        return rootCauses.findAllById(c.causeIds()).stream()
                .sorted(Comparator.comparing((com.dealercsi.recovery.internal.RootCause cause) ->
                                cause.factor().ordinal())
                        .thenComparing(com.dealercsi.recovery.internal.RootCause::position))
                .map(cause -> Causes.view(cause, true))
                .toList();
    }

    private boolean visible(RecoveryCase c) {
        return visibleStoreIds().contains(c.storeId());
    }

    private Set<UUID> visibleStoreIds() {
        return CurrentStaff.visibleStoreIds(stores);
    }

    private static Actor actor() {
        var user = CurrentStaff.require();
        return new Actor(user.staffId(), user.displayName());
    }
}
