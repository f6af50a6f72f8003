package com.dealercsi.recovery;

import com.dealercsi.admin.StoreRef;
import com.dealercsi.admin.Stores;
import com.dealercsi.recovery.internal.RevisitVisit;
import com.dealercsi.recovery.internal.RevisitVisitRepository;
import com.dealercsi.security.CurrentStaff;
import com.dealercsi.shared.privacy.PersonalDataEraser;
import com.dealercsi.survey.SurveyAnswers;
import com.dealercsi.survey.SurveySubmission;
import com.dealercsi.survey.Surveys;
import com.dealercsi.visit.VisitSummary;
import com.dealercsi.visit.Visits;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The revisit desk (回访): today's call list of owners who did not answer, oldest first, and the revisit rate of
 * the brief (a response or a reached phone follow-up within 7 days of delivery), per store and day.
 */
@Service
@Transactional
@PreAuthorize(RecoveryCases.DESK_ROLES)
public class RevisitDesk {

    /** Visits older than this are no longer called; a revisit weeks later helps nobody. */
    static final Duration CALL_WINDOW = Duration.ofDays(30);

    private final RevisitVisitRepository revisits;
    private final Visits visits;
    private final Stores stores;
    private final RecoveryProperties properties;
    private final Clock clock;
    private final Surveys surveys;
    private final MessageSource messages;

    RevisitDesk(
            RevisitVisitRepository revisits,
            Visits visits,
            Stores stores,
            RecoveryProperties properties,
            Clock clock,
            Surveys surveys,
            MessageSource messages) {
        this.surveys = surveys;
        this.messages = messages;
        this.revisits = revisits;
        this.visits = visits;
        this.stores = stores;
        this.properties = properties;
        this.clock = clock;
    }

    public record Call(
            UUID visitId,
            String storeName,
            java.time.ZoneId storeZone,
            String ownerName,
            String phone,
            String plate,
            String roNumber,
            String advisorName,
            Instant deliveredAt,
            int calls) {}

    public record DayRate(LocalDate day, int delivered, int revisited) {

        public @Nullable Double percent() {
            return delivered == 0 ? null : 100.0 * revisited / delivered;
        }
    }

    @Transactional(readOnly = true)
    public List<Call> callList(@Nullable UUID storeId) {
        var now = clock.instant();
        var storeIds = storeId == null ? visibleStoreIds() : Set.of(storeId);
        if (!visibleStoreIds().containsAll(storeIds)) {
            throw new AccessDeniedException("Not one of your stores");
        }
        var due = revisits.unanswered(storeIds, now.minus(properties.revisitAfter()), now.minus(CALL_WINDOW)).stream()
                .filter(visit -> visit.isDue(now, properties.revisitAfter()))
                .toList();
        var byId = visits.findAll(due.stream().map(RevisitVisit::visitId).toList()).stream()
                .collect(Collectors.toMap(VisitSummary::id, Function.identity()));
        var storesById = stores.all().stream().collect(Collectors.toMap(StoreRef::id, Function.identity()));
        return due.stream()
                .filter(visit -> byId.containsKey(visit.visitId()))
                // an owner whose data was erased is not called: there is no number left to call (ADR 0050)
                .filter(visit -> !PersonalDataEraser.MARKER.equals(
                        byId.get(visit.visitId()).ownerName()))
                .map(visit -> {
                    var summary = byId.get(visit.visitId());
                    var store = storesById.get(visit.storeId());
                    return new Call(
                            visit.visitId(),
                            store.name(),
                            store.timeZone(),
                            summary.ownerName(),
                            // the desk lists masked numbers; a call reveals one through privacy.OwnerContacts
                            summary.masked().phone(),
                            summary.plate(),
                            summary.roNumber(),
                            summary.advisorName(),
                            visit.deliveredAt(),
                            visit.calls());
                })
                .toList();
    }

    /**
     * The visit whose owner is being called, contacts masked, if it is in one of the user's stores: for the
     * questionnaire by phone.
     */
    @Transactional(readOnly = true)
    public Optional<VisitSummary> callee(UUID visitId) {
        var visible = visibleStoreIds();
        return visits.find(visitId)
                .filter(visit -> visible.contains(visit.storeId()))
                .map(VisitSummary::masked);
    }

    public void logCall(UUID visitId, RevisitResult result, String note) {
        var visit = revisits.findById(visitId)
                .filter(v -> visibleStoreIds().contains(v.storeId()))
                .orElseThrow(() -> new AccessDeniedException("No such visit in your stores"));
        var user = CurrentStaff.require();
        visit.logCall(result, note, new Actor(user.staffId(), user.displayName()), clock.instant());
        revisits.save(visit);
    }

    /**
     * Stores the answer the owner gave on this call (see {@link Surveys#recordByPhone}) and, once stored, logs the
     * call as REACHED in the same transaction, so the desk never shows an answer without its call or the reverse.
     */
    public SurveySubmission answerByPhone(UUID visitId, int questionnaireVersion, SurveyAnswers answers) {
        var outcome = surveys.recordByPhone(visitId, questionnaireVersion, answers);
        if (outcome instanceof SurveySubmission.Stored) {
            var user = CurrentStaff.require();
            // no row yet only if the delivery was not handled yet; the answer then marks the visit revisited anyway
            revisits.findById(visitId).ifPresent(visit -> {
                visit.reachedByPhone(
                        messages.getMessage(
                                "recovery.phoneSurvey.callNote",
                                null,
                                user.language().locale()),
                        new Actor(user.staffId(), user.displayName()),
                        clock.instant());
                revisits.save(visit);
            });
        }
        return outcome;
    }

    /** The revisit rate of each of the last {@code days} days whose week is over or still running, newest first. */
    @Transactional(readOnly = true)
    public List<DayRate> rates(UUID storeId, int days) {
        CurrentStaff.requireVisible(stores, storeId);
        var zone = stores.get(storeId).timeZone();
        var today = LocalDate.ofInstant(clock.instant(), zone);
        var rates = new ArrayList<DayRate>();
        for (int back = 0; back < days; back++) {
            var day = today.minusDays(back);
            var delivered = revisits.deliveredBetween(
                    storeId,
                    day.atStartOfDay(zone).toInstant(),
                    day.plusDays(1).atStartOfDay(zone).toInstant());
            rates.add(new DayRate(day, delivered.size(), (int) delivered.stream()
                    .filter(RevisitVisit::revisitedWithinAWeek)
                    .count()));
        }
        return rates;
    }

    @Transactional(readOnly = true)
    public List<StoreRef> visibleStores() {
        return CurrentStaff.visibleStores(stores);
    }

    private Set<UUID> visibleStoreIds() {
        return CurrentStaff.visibleStoreIds(stores);
    }
}
